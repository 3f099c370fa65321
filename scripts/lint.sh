#!/usr/bin/env bash
# clang-format (.clang-format) and clang-tidy (.clang-tidy) on the code of sim models analysis app
# fuzz tests bench. Nothing here is a list kept by hand: the files are git's, the base is computed.
#   clang-format: every tracked .cpp/.hpp, `clang-format-14 --dry-run --Werror` (a few seconds);
#     `make format` formats them in place.
#   clang-tidy: every source in the compile database (LINT_BUILD_DIR, default build-asan: `make lint`
#     configures it; any configured preset works), JOBS at a time. With --changed (what .ci/run
#     uses: the whole tree costs about 45 min of CPU, docs/reliability.md), only the sources changed
#     since the merge base with the landed main (origin/main in a clone, else main; on main itself,
#     what HEAD changed against its first parent), plus the source of each changed header and every
#     source that includes a changed header; uncommitted files count as changed.
#   Any clang-format difference, any clang-tidy finding, a clang-tidy crash or a non-zero exit of
#   clang-tidy fails the script (exit 1), naming the file.
#     scripts/lint.sh [--changed] [--format-only]
set -euo pipefail
cd "$(dirname "$0")/.."
tidy=$(command -v clang-tidy-14 || command -v clang-tidy)
format=$(command -v clang-format-14 || command -v clang-format)
dirs=(sim models analysis app fuzz tests bench)
changed_only=0
format_only=0
for arg in "$@"; do
  case $arg in
    --changed) changed_only=1 ;;
    --format-only) format_only=1 ;;
    *) echo "lint: unknown argument '$arg' (expected --changed or --format-only)" >&2; exit 2 ;;
  esac
done
status=0

# clang-format on the whole tree.
mapfile -t tracked < <(git ls-files -- "${dirs[@]}" | grep -E '\.(cpp|hpp)$')
start=$(date +%s)
if ! report=$(printf '%s\n' "${tracked[@]}" | xargs "$format" --dry-run --Werror 2>&1); then
  grep -E '^[^ ].*(error|warning):' <<<"$report" | cut -d: -f1 | sort | uniq -c |
    awk '{ printf "  %s (%d places)\n", $2, $1 }'
  echo "lint: clang-format: the files above are not formatted (run: make format)" >&2
  status=1
else
  echo "lint: clang-format: ${#tracked[@]} files formatted ($(($(date +%s) - start)) s)"
fi
((format_only)) && exit $status

# The sources clang-tidy checks.
db=${LINT_BUILD_DIR:-build-asan}
[[ -f $db/compile_commands.json ]] || {
  echo "lint: $db/compile_commands.json missing: configure first (make test-asan, or LINT_BUILD_DIR=build after make build)" >&2
  exit 1
}
root=$(pwd)
mapfile -t compiled < <(sed -n 's/^ *"file": "\(.*\)",\?$/\1/p' "$db/compile_commands.json" |
  sed "s|^$root/||" | grep -E "^($(IFS='|'; echo "${dirs[*]}"))/" | sort -u)
sources=()
if ((changed_only)); then
  # The landed main: origin/main in a clone, else main. On main itself (the merge base is HEAD),
  # what HEAD brought in: the diff to its first parent (for a merge commit, the whole merged branch).
  base=
  for ref in origin/main main; do
    if git rev-parse -q --verify "$ref^{commit}" >/dev/null; then base=$(git merge-base HEAD "$ref") && break; fi
  done
  [[ -n $base ]] || { echo "lint: --changed needs a main or origin/main branch to compare with" >&2; exit 1; }
  if [[ $base == $(git rev-parse HEAD) ]]; then
    base=$(git rev-parse -q --verify 'HEAD^1^{commit}' || git hash-object -t tree /dev/null)
  fi
  echo "lint: clang-tidy on changes since $({ git log -1 --format='%h %s' "$base" 2>/dev/null || echo 'the empty tree'; } | cut -c1-70)"
  mapfile -t changed < <({ git diff --name-only --diff-filter=d "$base" -- "${dirs[@]}"; git ls-files --others --exclude-standard -- "${dirs[@]}"; } |
    grep -E '\.(cpp|hpp)$' | sort -u)
  declare -A wanted=()
  for f in "${changed[@]}"; do
    case $f in
      *.cpp) wanted[$f]=1 ;;
      *.hpp)
        wanted[${f%.hpp}.cpp]=1
        # every source that includes the header (by its path from the root, as the code does)
        while read -r user; do wanted[$user]=1; done < <(git grep -l -F "#include \"$f\"" -- "${dirs[@]}" | grep '\.cpp$' || true)
        ;;
    esac
  done
  for f in "${compiled[@]}"; do [[ -n ${wanted[$f]:-} ]] && sources+=("$f"); done
else
  sources=("${compiled[@]}")
fi
if ((${#sources[@]} == 0)); then
  echo "lint: clang-tidy: no source to check"
  exit $status
fi

# clang-tidy, JOBS files at a time; each file's output and exit status kept apart.
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
start=$(date +%s)
export tidy db out
printf '%s\n' "${sources[@]}" | xargs -P "${JOBS:-2}" -n 1 sh -c '
  log="$out/$(echo "$1" | tr / _)"
  "$tidy" -p "$db" --quiet "$1" >"$log" 2>&1
  echo $? >"$log.rc"' lint || true
failed=0
for f in "${sources[@]}"; do
  log="$out/$(echo "$f" | tr / _)"
  rc=$(cat "$log.rc" 2>/dev/null || echo "no exit status")
  if [[ $rc != 0 ]] || grep -qE '(warning|error):' "$log"; then
    failed=$((failed + 1))
    echo "== $f: clang-tidy exit $rc"
    grep -vE '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$' "$log" || true
  fi
done
echo "lint: clang-tidy: ${#sources[@]} file(s), $failed with findings or a failure ($(($(date +%s) - start)) s)"
((failed == 0)) || { echo "lint: clang-tidy: findings above" >&2; status=1; }
exit $status
