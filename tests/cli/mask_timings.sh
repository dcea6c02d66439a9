#!/usr/bin/env bash
# Runs $MALLORY_EXE with the given arguments and masks the wall-clock and CPU times of
# `mallory test` ("finished in 1.23ms (1.10ms CPU time)", "in 4.56ms", "duration_us": 12,
# time="0.001234") so that its output can be compared with a golden file.
set -o pipefail
"$MALLORY_EXE" "$@" | sed -E \
    -e 's/[0-9]+\.[0-9]+(µs|ms|s) \(([0-9]+\.[0-9]+)(µs|ms|s) CPU time\)/T (T CPU time)/' \
    -e 's/"duration_us": [0-9]+/"duration_us": N/' \
    -e 's/time="[0-9.]+"/time="T"/'
