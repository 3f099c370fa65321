#!/bin/sh
# A test whose tool was missing when the build was configured (tests/CMakeLists.txt,
# samsim_add_missing_tool_test). One policy for missing tools (docs/reliability.md): `make test`
# installs them (scripts/install-deps.sh), so a missing one fails the test with a message naming
# the package; SAMSIM_SKIP_MISSING_TOOLS=1 skips instead, with the same message.
#   missing_tool.sh "WHAT is missing; install PACKAGE"
if [ "${SAMSIM_SKIP_MISSING_TOOLS:-}" = 1 ]; then
  echo "samsim: skipped (SAMSIM_SKIP_MISSING_TOOLS=1): $1"
  exit 77
fi
echo "samsim: missing tool: $1 (scripts/install-deps.sh installs it; configure again afterwards)," \
  "or set SAMSIM_SKIP_MISSING_TOOLS=1 to skip" >&2
exit 1
