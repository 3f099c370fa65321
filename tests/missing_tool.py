"""One policy for a tool a test needs and cannot find (docs/reliability.md): `make test` installs
every tool (scripts/install-deps.sh), so a missing one fails the test with a message naming the
package; SAMSIM_SKIP_MISSING_TOOLS=1 in the environment skips instead (exit 77), with the same
message. ctest reports the skip as skipped (tests/CMakeLists.txt, SKIP_REGULAR_EXPRESSION)."""
import os
import sys


def missing(what, package):
    """Ends the check: WHAT (a module, a program) is missing; PACKAGE (Debian) provides it."""
    if os.environ.get("SAMSIM_SKIP_MISSING_TOOLS") == "1":
        print(f"samsim: skipped (SAMSIM_SKIP_MISSING_TOOLS=1): {what} is missing; install {package}")
        sys.exit(77)
    print(f"samsim: missing tool: {what} is missing; install {package} (scripts/install-deps.sh installs it), "
          "or set SAMSIM_SKIP_MISSING_TOOLS=1 to skip", file=sys.stderr)
    sys.exit(1)
