# Sourced by scripts/test.sh and scripts/soak.sh. fuzz_seeds NAME prints the seed directories of
# the libFuzzer target NAME: fuzz/seeds/NAME/, and the directories listed in
# fuzz/seeds/NAME.dirs (read only: the contract library and solc's suites seed fuzzers without
# copies of them) that exist here (solc's suites sit beside the checkout, or not at all).
fuzz_seeds() {
  local name=$1 dir seeds=
  [ -d "fuzz/seeds/$name" ] && seeds="fuzz/seeds/$name"
  if [ -f "fuzz/seeds/$name.dirs" ]; then
    while IFS= read -r dir; do
      [ -n "$dir" ] && [ -d "$dir" ] && seeds="$seeds $dir"
    done <"fuzz/seeds/$name.dirs"
  fi
  echo "$seeds"
}
