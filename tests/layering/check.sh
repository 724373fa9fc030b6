#!/usr/bin/env bash
# One layering check: builds the object target that includes HEADER with a stage's include path.
# ALLOWED=yes: it must compile. ALLOWED=no: it must fail, and because the header is not found
# (a failure for any other reason would prove nothing).
set -uo pipefail
CMAKE="$1"; BUILD="$2"; TARGET="$3"; HEADER="$4"; ALLOWED="$5"
out="$("$CMAKE" --build "$BUILD" --target "$TARGET" 2>&1)"; status=$?
if [ "$ALLOWED" = yes ]; then
  [ $status -eq 0 ] && exit 0
  echo "expected $TARGET to compile:"; echo "$out"; exit 1
fi
if [ $status -eq 0 ]; then echo "$TARGET compiled, but $HEADER must not be visible to it"; exit 1; fi
if grep -q "$HEADER: No such file or directory\|'$HEADER' file not found" <<<"$out"; then exit 0; fi
# A header the stage must not use though the system has it (yaml-cpp for lib/render): poisoned.
if grep -q "reads no YAML" <<<"$out"; then exit 0; fi
echo "$TARGET failed for another reason than a missing $HEADER:"; echo "$out"; exit 1
