#!/usr/bin/env bash
# The long campaign, run on purpose (CI runs short versions: 60 s per fuzzer in scripts/test.sh,
# 3 chain rounds in ctest's cli_chain_soak):
#   1. every libFuzzer target for an hour in total (MALLORY_SOAK_FUZZ_SECONDS per target to
#      change it), on the corpus CI grows in build/sanitize/fuzz-corpus;
#   2. the chain under concurrent writers and kill -9 for MALLORY_SOAK_ROUNDS rounds (200).
# Prints per-target executions and crashes, and the chain figures (blocks, kills, lost blocks,
# forks, lost names). Exits non-zero on any crash, lost block, fork or lost name.
#   bash scripts/soak.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/fuzz_seeds.sh
bash scripts/build.sh sanitize
bash scripts/build.sh release
targets=(build/sanitize/fuzz/*_fuzz)
per_target=${MALLORY_SOAK_FUZZ_SECONDS:-$((3600 / ${#targets[@]}))}
rounds=${MALLORY_SOAK_ROUNDS:-200}
status=0

echo "== fuzzing: ${#targets[@]} targets, ${per_target}s each =="
for f in "${targets[@]}"; do
  name=$(basename "$f")
  corpus=build/sanitize/fuzz-corpus/$name
  mkdir -p "$corpus"
  seeds=$(fuzz_seeds "$name")
  log=build/sanitize/$name.soak.log
  if "$f" -max_total_time="$per_target" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    "$corpus" $seeds 2>"$log"; then
    runs=$(grep -E "stat::number_of_executed_units" "$log" | awk '{print $2}')
    echo "$name: ${per_target}s, $runs executions, 0 crashes"
  else
    echo "$name: CRASH after $(grep -c '^#' "$log") status lines; see $log" >&2
    tail -30 "$log" >&2
    status=1
  fi
done

echo "== chain: concurrent writers and kill -9, $rounds rounds =="
bash tests/cli/chain_soak.sh "$PWD/build/release/cli/mallory" "$PWD" "$rounds" || status=1
exit $status
