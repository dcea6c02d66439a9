#!/usr/bin/env bash
# Golden end-to-end test of the `mallory` executable.
#   golden.sh MALLORY SOURCE_DIR NAME [ARGS...]
# Runs `MALLORY ARGS...` in SOURCE_DIR (so that paths in the output are relative and stable)
# and compares stdout, stderr and the exit code with golden/NAME.out. With UPDATE_GOLDEN=1 the
# golden file is rewritten instead.
set -u
mallory=$1 source_dir=$2 name=$3
shift 3
golden="$(cd "$(dirname "$0")" && pwd)/golden/$name.out"
actual=$(mktemp)
trap 'rm -f "$actual" "$actual.err"' EXIT
(cd "$source_dir" && NO_COLOR=1 "$mallory" "$@" >"$actual" 2>"$actual.err")
code=$?
{
    printf -- '--- stderr ---\n'
    cat "$actual.err"
    printf -- '--- exit %d ---\n' "$code"
} >>"$actual"
if [[ "${UPDATE_GOLDEN:-}" == 1 ]]; then
    cp "$actual" "$golden"
    echo "updated $golden"
    exit 0
fi
if ! diff -u "$golden" "$actual"; then
    echo "golden test '$name' failed: output differs from $golden (UPDATE_GOLDEN=1 rewrites it)" >&2
    exit 1
fi
