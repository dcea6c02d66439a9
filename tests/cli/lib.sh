# Shared by the end-to-end scripts that drive `mallory` step by step (source it first): a
# scratch directory $dir removed on exit, and assertions that record a failure in $fail and
# go on, so one run shows every broken step. Each script ends with `exit $fail`.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
expect() { # expect CODE DESCRIPTION COMMAND...: runs COMMAND into $dir/out.txt
  local code=$1 what=$2
  shift 2
  "$@" >"$dir/out.txt" 2>&1
  local got=$?
  if [ "$got" -ne "$code" ]; then
    echo "FAIL: $what: exit $got, expected $code"; cat "$dir/out.txt"; fail=1
  else
    echo "ok: $what"
  fi
}
contains() { # contains TEXT DESCRIPTION: TEXT is in the last command's output
  grep -qF -- "$1" "$dir/out.txt" || { echo "FAIL: $2: no '$1' in"; cat "$dir/out.txt"; fail=1; }
}
