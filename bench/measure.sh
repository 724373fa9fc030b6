# shellcheck shell=bash
# What bench/warnings.sh and bench/workbooks.sh share; sourced, never run. The caller sets
# $vap (the program) and $work (a scratch folder) and declares `declare -A cpu rss`.
#   measure KEY ARGS...   runs `$vap ARGS...` under /usr/bin/time: its standard output goes to
#                         $work/KEY.out; cpu[KEY] keeps the best CPU seconds (user + system) of
#                         the runs of KEY, rss[KEY] the largest peak RSS (KB). A run that exits
#                         other than 0 ends the benchmark (exit 1) with its last messages.
measure() {
  local key=$1 status=0
  shift
  /usr/bin/time -f '%U %S %M' -o "$work/time" "$vap" "$@" >"$work/$key.out" 2>"$work/err" || status=$?
  if [ $status -ne 0 ]; then
    echo "$key: vap exited $status" >&2; tail -n 5 "$work/err" >&2; exit 1
  fi
  local user sys peak c
  read -r user sys peak <"$work/time"
  c=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }')
  if [ -z "${cpu[$key]:-}" ] || awk -v a="$c" -v b="${cpu[$key]}" 'BEGIN { exit !(a < b) }'; then
    cpu[$key]=$c
  fi
  [ "${rss[$key]:-0}" -ge "$peak" ] || rss[$key]=$peak
}
