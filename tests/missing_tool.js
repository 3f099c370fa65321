// One policy for a tool a test needs and cannot find (docs/reliability.md): `make test` installs
// every tool (scripts/install-deps.sh), so a missing one fails the test with a message naming the
// package; SAMSIM_SKIP_MISSING_TOOLS=1 in the environment skips instead (exit 77), with the same
// message. ctest reports the skip as skipped (tests/CMakeLists.txt, SKIP_REGULAR_EXPRESSION).
'use strict';

// Ends the check when `present` is false: `what` (a program, a module) is missing; `pkg` provides it.
function requireTool(present, what, pkg) {
  if (present) return;
  if (process.env.SAMSIM_SKIP_MISSING_TOOLS === '1') {
    console.log(`samsim: skipped (SAMSIM_SKIP_MISSING_TOOLS=1): ${what} is missing; install ${pkg}`);
    process.exit(77);
  }
  console.error(`samsim: missing tool: ${what} is missing; install ${pkg} (scripts/install-deps.sh installs it), ` +
                'or set SAMSIM_SKIP_MISSING_TOOLS=1 to skip');
  process.exit(1);
}

module.exports = { requireTool };
