#!/usr/bin/env bash
# `make mutants` (issue 18 item 9): mutation testing of src/rules/ and src/share.rs with the native
# tests, in three groups, each built and run with only the test targets that reach its files (a
# mutant one of them catches is caught; the full suite would take three times as long). Installs
# cargo-mutants (pinned) on first use. Prints each group's and the total caught share of viable
# mutants (timeouts count as caught: the tests did not pass) and fails below 95 %.
# Results: target/mutants/<group>/mutants.out/ (missed.txt lists the survivors). MUTANTS_GROUPS=
# "share date rules" picks groups; MUTANTS_ITERATE=1 tests again only what was not caught.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
VERSION=27.1.0
if [ "$(cargo mutants --version 2>/dev/null)" != "cargo-mutants $VERSION" ]; then
  cargo install cargo-mutants --version "$VERSION" --locked
fi
JOBS=${MUTANTS_JOBS:-2}
mkdir -p target/mutants
RULES_TESTS=(--lib --test=cases --test=golden_2021 --test=lifecycle_golden --test=catalog_data --test=fuzz_native --test=small_parts)
# run NAME FILES TEST-TARGET...: FILES is cargo-mutants' -f/-e options, split on spaces, with
# globbing off (cargo-mutants expands `**` itself).
run() {
  local name=$1; shift
  local files; set -f; read -ra files <<< "$1"; set +f; shift
  local args=(); for t in "$@"; do args+=("--cargo-arg=$t"); done
  local again=()
  if [ -n "${MUTANTS_ITERATE:-}" ]; then
    again=(--iterate)
    # Keep every earlier outcome: an iteration's outcomes.json has only what it tested again.
    node scripts/mutants-merge.mjs "target/mutants/$name"
  else
    rm -f "target/mutants/$name/merged.json"
  fi
  cargo mutants --no-config --test-tool nextest -j "$JOBS" --timeout 120 -o "target/mutants/$name" "${again[@]}" "${files[@]}" "${args[@]}" | tail -1
}
if [ -z "${MUTANTS_GROUPS:-}" ]; then MUTANTS_GROUPS="share date rules"; fi
for g in $MUTANTS_GROUPS; do
  case $g in
    share) run share "-f src/share.rs" --test=share ;;
    date) run date "-f src/rules/date.rs" "${RULES_TESTS[@]}" --test=share ;;
    rules) run rules "-f src/rules/**/*.rs -e src/rules/date.rs" "${RULES_TESTS[@]}" --test=sweep --test=unknowns --test=describe ;;
  esac
done
node scripts/mutants-merge.mjs --summary target/mutants/share target/mutants/date target/mutants/rules
