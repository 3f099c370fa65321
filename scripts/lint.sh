#!/usr/bin/env bash
# clang-tidy (.clang-tidy) and clang-format (.clang-format) on the code changed since a base
# commit, so old code is not reformatted wholesale and the check stays fast.
#   base: $LINT_BASE if set; else the commit in .ci/lint-base; else the merge-base with origin/main or main; else HEAD~20 (a fresh
#   shallow clone of a branch); else the first commit.
#   clang-format: only the changed lines (git clang-format --diff).
#   clang-tidy: every changed .cpp file, and the .cpp of every changed header, with the dev
#   preset's compile_commands.json (make dev-build first; LINT_BUILD_DIR=build uses another);
#   headers of sim/ models/ analysis/ app/ are checked through the files that include them.
set -euo pipefail
cd "$(dirname "$0")/.."
tidy=$(command -v clang-tidy-14 || command -v clang-tidy)
gcf=$(command -v git-clang-format-14 || command -v git-clang-format)
format=$(command -v clang-format-14 || command -v clang-format)
dirs=(sim models analysis app fuzz tests bench)

base=${LINT_BASE:-}
# .ci/lint-base names the main commit the last landed work started from, so a fresh clone in CI
# checks exactly what was submitted since then.
if [[ -z $base && -f .ci/lint-base ]]; then
  base=$(git rev-parse -q --verify "$(tr -d '[:space:]' <.ci/lint-base)^{commit}" || true)
fi
if [[ -z $base ]]; then
  for ref in origin/main main; do
    if git rev-parse -q --verify "$ref^{commit}" >/dev/null && [[ $(git rev-parse "$ref") != $(git rev-parse HEAD) ]]; then
      base=$(git merge-base HEAD "$ref") && break
    fi
  done
fi
if [[ -z $base ]]; then
  base=$(git rev-parse -q --verify HEAD~20 || git rev-list --max-parents=0 HEAD | tail -1)
fi
echo "lint: changes since $(git log -1 --format='%h %s' "$base" | cut -c1-70)"

mapfile -t changed < <(git diff --name-only --diff-filter=d "$base" -- "${dirs[@]}" | grep -E '\.(cpp|hpp)$' || true)
status=0

# clang-format on changed lines only.
if ((${#changed[@]})); then
  diff=$("$gcf" --binary "$format" --diff --extensions cpp,hpp "$base" -- "${changed[@]}" 2>&1 || true)
  if [[ -n $diff && $diff != *"no modified files to format"* && $diff != *"did not modify any files"* ]]; then
    echo "$diff"
    echo "lint: clang-format: the changed lines above are not formatted (run: git clang-format $base)" >&2
    status=1
  else
    echo "lint: clang-format: ${#changed[@]} changed file(s) formatted"
  fi
fi

# clang-tidy on changed sources (and the source of each changed header).
db=${LINT_BUILD_DIR:-build-dev}
[[ -f $db/compile_commands.json ]] || { echo "lint: $db/compile_commands.json missing: run make dev-build" >&2; exit 1; }
declare -A files=()
for f in "${changed[@]}"; do
  case $f in
    *.cpp) files[$f]=1 ;;
    *.hpp) [[ -f ${f%.hpp}.cpp ]] && files[${f%.hpp}.cpp]=1 ;;
  esac
done
sources=()
for f in "${!files[@]}"; do
  grep -q "\"file\": \"[^\"]*/$f\"" "$db/compile_commands.json" && sources+=("$f")
done
if ((${#sources[@]})); then
  start=$(date +%s)
  report=$(printf '%s\n' "${sources[@]}" | sort | xargs -P "${JOBS:-2}" -n 1 "$tidy" -p "$db" --quiet 2>/dev/null || true)
  if grep -qE 'error:|warning:' <<<"$report"; then
    echo "$report"
    echo "lint: clang-tidy: errors above" >&2
    status=1
  fi
  echo "lint: clang-tidy: ${#sources[@]} file(s) in $(($(date +%s) - start)) s"
fi
exit $status
