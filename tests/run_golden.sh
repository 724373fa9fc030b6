#!/usr/bin/env bash
# Runs one golden case: tests/golden/<case>/cmd is a bash snippet run from the source root with
# `vap` the binary under test and $TMP an empty folder; its standard output, standard error and
# exit status must equal expected_stdout, expected_stderr and expected_status byte for byte.
# When the case has expected_files/, every file there must equal the one of that name in $TMP.
# UPDATE_GOLDEN=1 writes the expectations from the actual run instead.
# GOLDEN_SEPARATORS=1 accepts output that differs only by '\' for '/' (tests/wine/run.sh).
set -uo pipefail
VAP_BIN="$1"; CASE="$2"; ROOT="$3"
# A neutral environment: the messages must not follow the developer's locale (cases that
# test the system language set LANG themselves). The character set stays UTF-8: Wine decodes
# vap.exe's command line (Cyrillic paths and names) with it.
unset LC_ALL LC_MESSAGES LANG LANGUAGE
export LC_CTYPE=C.UTF-8
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
export TMP
vap() { "$VAP_BIN" "$@"; }
export -f vap; export VAP_BIN
cd "$ROOT"
bash -c "$(cat "$CASE/cmd")" >"$TMP/.stdout" 2>"$TMP/.stderr"
echo $? >"$TMP/.status"
if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
  cp "$TMP/.stdout" "$CASE/expected_stdout"; cp "$TMP/.stderr" "$CASE/expected_stderr"; cp "$TMP/.status" "$CASE/expected_status"
  if [ -d "$CASE/expected_files" ]; then
    for f in "$CASE"/expected_files/*; do cp "$TMP/$(basename "$f")" "$f"; done
  fi
  exit 0
fi
fail=0
for what in stdout stderr status; do
  # GOLDEN_SEPARATORS=1 (the Windows run): a '\' where the expected text has '/' passes, and says so.
  if [ "${GOLDEN_SEPARATORS:-0}" = 1 ] && [ "$what" != status ] && ! cmp -s "$CASE/expected_$what" "$TMP/.$what" &&
     cmp -s <(tr '\\' / <"$CASE/expected_$what") <(tr '\\' / <"$TMP/.$what"); then
    echo "note: only path separators differ in $what"; continue
  fi
  if ! cmp -s "$CASE/expected_$what" "$TMP/.$what"; then
    echo "--- $what differs (expected vs actual):"; diff "$CASE/expected_$what" "$TMP/.$what" | head -40; fail=1
  fi
done
if [ -d "$CASE/expected_files" ]; then
  for f in "$CASE"/expected_files/*; do
    name="$(basename "$f")"
    if [ "$name" = ABSENT ]; then
      while read -r gone; do [ -e "$TMP/$gone" ] && { echo "--- $gone should not exist"; fail=1; }; done <"$f"
    elif ! cmp -s "$f" "$TMP/$name"; then
      echo "--- file $name differs"; diff "$f" "$TMP/$name" | head -40; fail=1
    fi
  done
fi
exit $fail
