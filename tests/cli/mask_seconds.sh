#!/usr/bin/env bash
# Runs $MALLORY_EXE with the given arguments and masks wall-clock figures ("1.23 s",
# "seconds": 1.23) so that analyze output can be compared with a golden file.
set -o pipefail
"$MALLORY_EXE" "$@" | sed -E 's/[0-9]+\.[0-9]+ s,/N s,/; s/"seconds": [0-9.e+-]+/"seconds": N/'
