#!/usr/bin/env bash
# What an interrupted run leaves behind: nothing (issue 32). Each part sends a real signal to a
# real run of vap, then looks at what is left:
#  - `vap board --pdf` with a stand-in browser (VAP_CHROMIUM) that fills its profile folder,
#    starts a helper process of its own and hangs: SIGINT ends vap by SIGINT (130), the browser
#    and its helper are killed, the profile folder, the page and the PDF's twin are gone; while
#    it ran, the page and the PDF's twin were 0600 and the profile folder 0700.
#  - `vap workbook` of a big folder: SIGTERM, then SIGINT, while its temporary vap-*.xlsx is
#    there (0600): nothing is left in the temporary folder nor beside the output.
# Job control (set -m) so that the runs started with & do not ignore SIGINT, as they would in a
# script without it.
set -uo pipefail
set -m
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
fail=0
export TMPDIR="$TMP/tmp"
mkdir -p "$TMPDIR" "$TMP/state" "$TMP/out"

# A process that runs (a killed one whose parent is gone may stay a zombie a while: not alive).
alive() { local state; state=$(ps -o stat= -p "$1" 2>/dev/null); [ -n "$state" ] && [ "${state:0:1}" != Z ]; }
# Waits (up to 60 s) until the file $1 exists.
await() {
  local i
  for ((i = 0; i < 6000; ++i)); do [ -e "$1" ] && return 0; sleep 0.01; done
  return 1
}
left() { # what is in the folder $1 (hidden files too)
  find "$1" -mindepth 1 | sed "s|^$TMP/||" | sort
}

# --- 1. board --pdf, SIGINT while the browser hangs --------------------------------------------
cat >"$TMP/browser" <<'EOF'
#!/usr/bin/env bash
for a in "$@"; do
  case "$a" in
    --user-data-dir=*) profile="${a#*=}" ;;
    --print-to-pdf=*) pdf="${a#*=}" ;;
    file://*) page="${a#file://}" ;;
  esac
done
head -c 65536 /dev/zero >"$profile/Cache"
mkdir -p "$profile/Default" && echo '{}' >"$profile/Default/Preferences"
sleep 600 &
echo $! >"$STATE/helper"
echo $$ >"$STATE/browser"
stat -c '%a' "$profile" >"$STATE/profile-mode"
stat -c '%a' "$page" >"$STATE/page-mode"
stat -c '%a' "$pdf" >"$STATE/pdf-mode"
echo "$profile" >"$STATE/profile"
touch "$STATE/ready"
wait
EOF
chmod +x "$TMP/browser"
STATE="$TMP/state" VAP_CHROMIUM="$TMP/browser" "$VAP_BIN" board examples/jany-jol --pdf \
  -o "$TMP/out/board.pdf" 2>"$TMP/err1" &
vap=$!
if ! await "$TMP/state/ready"; then
  echo "FAIL board --pdf: the stand-in browser never ran"; cat "$TMP/err1"; fail=1
  kill -KILL "$vap" 2>/dev/null
else
  kill -INT "$vap"
  wait "$vap"; status=$?
  [ "$status" = 130 ] || { echo "FAIL board --pdf: status $status after SIGINT, want 130"; cat "$TMP/err1"; fail=1; }
  sleep 0.2 # the kernel reaps the killed processes
  for p in browser helper; do
    pid=$(cat "$TMP/state/$p")
    if alive "$pid"; then echo "FAIL board --pdf: the $p ($pid) still runs"; kill -KILL "$pid"; fail=1; fi
  done
  [ -e "$(cat "$TMP/state/profile")" ] && { echo "FAIL board --pdf: the profile folder is left"; fail=1; }
  for what in profile:700 page:600 pdf:600; do
    got=$(cat "$TMP/state/${what%%:*}-mode")
    [ "$got" = "${what#*:}" ] || { echo "FAIL board --pdf: the ${what%%:*} was $got while written, want ${what#*:}"; fail=1; }
  done
  rest=$(left "$TMPDIR"; left "$TMP/out")
  [ -z "$rest" ] || { echo "FAIL board --pdf: left behind:"; echo "$rest"; fail=1; }
fi

# --- 2. vap workbook, SIGTERM and SIGINT while vap-*.xlsx is written ---------------------------
# A municipality of 3,000 sessions: its workbook takes long enough to be caught being written.
big="$TMP/big"; mkdir -p "$big/sessions"
cp tests/bad_inputs/_base/municipality.yaml "$big/"
python3 - "$big/sessions" <<'EOF'
import datetime, sys
day = datetime.date(2015, 1, 1)
for n in range(3000):
    d = day + datetime.timedelta(days=n)
    open("%s/%04d.yaml" % (sys.argv[1], n), "w").write(
        "vap: 1\nsession:\n  date: %s\n  village: Кербен\n  group: young-women\n  participants: 10\n"
        "gallery:\n  dots: 3\n  votes:\n    Ичүүчү суу: 12\n    Жолдор: 9\n" % d.isoformat())
EOF
for sig in TERM INT; do
  rm -rf "$TMP/run"; mkdir -p "$TMP/run"
  (cd "$TMP/run" && exec "$VAP_BIN" workbook "$big") >/dev/null 2>"$TMP/err2" &
  vap=$!
  made=""
  for ((i = 0; i < 600000; ++i)); do
    made=$(find "$TMPDIR" -name 'vap-*.xlsx' -print -quit)
    [ -n "$made" ] && break
    alive "$vap" || break
  done
  if [ -z "$made" ]; then
    echo "FAIL workbook ($sig): its temporary file was never seen (status of the run:"; wait "$vap"; echo "$?)"
    cat "$TMP/err2"; fail=1; continue
  fi
  kill -STOP "$vap"
  mode=$(stat -c '%a' "$made")
  kill -"$sig" "$vap"; kill -CONT "$vap"
  # With job control, wait also returns when the run was stopped (128 + SIGSTOP): wait again.
  while :; do wait "$vap"; status=$?; [ "$status" = $((128 + $(kill -l STOP))) ] || break; done
  want=$((128 + $(kill -l "$sig")))
  [ "$status" = "$want" ] || { echo "FAIL workbook ($sig): status $status, want $want"; cat "$TMP/err2"; fail=1; }
  [ "$mode" = 600 ] || { echo "FAIL workbook ($sig): $made was $mode while written, want 600"; fail=1; }
  rest=$(left "$TMPDIR"; left "$TMP/run")
  [ -z "$rest" ] || { echo "FAIL workbook ($sig): left behind:"; echo "$rest"; fail=1; }
done

[ "$fail" = 0 ] && echo "interrupt: board --pdf and workbook leave nothing behind"
exit "$fail"
