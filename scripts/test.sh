#!/usr/bin/env bash
# The whole test suite, from a fresh Debian 12 machine: set-up, release build + tests,
# sanitizer build + tests, fuzzing, and the differential tests against solc / @ethereumjs/vm.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/fuzz_seeds.sh
fuzz_seconds=${MALLORY_FUZZ_SECONDS:-60}

echo "== formatting (clang-format --dry-run --Werror on every tracked C++ file) =="
git ls-files -z '*.cpp' '*.hpp' '*.h' '*.cc' | xargs -0 -r clang-format --style=file --dry-run --Werror
echo "formatting: clean"

echo "== release build and unit/end-to-end tests =="
bash scripts/build.sh release
ctest --test-dir build/release --output-on-failure -j "$(nproc)"

echo "== reference tests (npm solc, @ethereumjs/vm) =="
for t in tests/reference/*.test.mjs; do
  [ -e "$t" ] || continue
  node "$t"
done

echo "== solc conformance: semantic and syntax tests (when the suite is beside the checkout) =="
# Also run by ctest above; here with the failures and the skip reasons printed in full.
suite=${MALLORY_SOLIDITY_TESTS:-../shared/solidity-tests}
if [ -d "$suite" ]; then
  MALLORY_SOLIDITY_TESTS="$suite" build/release/tests/conformance/conformance_semantic \
    --expect tests/conformance/semantic_pass.txt
  MALLORY_SOLIDITY_TESTS="$suite" build/release/tests/conformance/conformance_syntax \
    --expect tests/conformance/syntax_invalid_accepted.txt | grep -v '^INVALID ACCEPTED'
else
  echo "conformance: skipped ($suite not found)"
fi

echo "== AddressSanitizer + UndefinedBehaviorSanitizer build and tests =="
bash scripts/build.sh sanitize
# The end-to-end analyses (label analysis_e2e) run in the release stage only: under the
# sanitizers their wall-clock --timeout would cut their searches at a point that depends on the
# machine's load (tests/cli/CMakeLists.txt says more).
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build/sanitize --output-on-failure -j "$(nproc)" -LE analysis_e2e

echo "== fuzzing (${fuzz_seconds}s per target) =="
for f in build/sanitize/fuzz/*_fuzz; do
  [ -x "$f" ] || continue
  name=$(basename "$f")
  corpus=build/sanitize/fuzz-corpus/$name
  mkdir -p "$corpus"
  # Seeds: fuzz/seeds/<name>/ and the directories fuzz/seeds/<name>.dirs lists (fuzz_seeds.sh).
  seeds=$(fuzz_seeds "$name")
  "$f" -max_total_time="$fuzz_seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    "$corpus" $seeds 2>"build/sanitize/$name.log" || { tail -50 "build/sanitize/$name.log"; exit 1; }
  grep -E "stat::number_of_executed_units" "build/sanitize/$name.log" | sed "s/^/$name: /"
done
echo "all test stages passed"
