# shellcheck shell=bash
# What the scripts share; sourced (never run) by scripts/setup, scripts/test, scripts/windows,
# tests/wine/run.sh and tests/script/*.sh:
#   install_missing PACKAGE...       installs the Debian packages that are not installed yet
#   timed NAME COMMAND...            runs COMMAND between "== NAME" and "== NAME: N s"
#   run_with_timeout [--quiet] SECONDS COMMAND...
#                                    runs an external program with a time limit: past it, the
#                                    program and what it started are killed, the one line
#                                    "timed out: PROGRAM ran past N s and was killed (COMMAND)"
#                                    goes to standard error, and the status is 124 (or 137);
#                                    --quiet sends the program's own standard error to /dev/null
#   headless_chromium ARG...         Chromium without a window, in a profile of its own, under
#                                    a time limit of 180 s, its standard error to /dev/null
#   need_tool TOOL PACKAGE           in a script test: exits 77 (skipped) with the one line
#                                    "skipped: TOOL is not installed (Debian package PACKAGE)"
#                                    unless TOOL is on PATH
#   use_fonts FAMILY DIR             in a script test: the programs it starts (Chromium) see
#                                    only the fonts of FAMILY (dejavu or liberation), whatever
#                                    else the machine has: a fontconfig file in DIR, exported
#                                    as FONTCONFIG_FILE; exits 77 when that family is missing

install_missing() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  # apt-get prints every unpacked package even with -qq: its log is kept, shown on failure.
  # A mirror that stops answering ends the wait (the time limits of run_with_timeout).
  local log; log="$(mktemp)"
  if ! { run_with_timeout 600 $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
         run_with_timeout 1800 $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
           --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2; rm -f "$log"
    echo "could not install: ${missing[*]}" >&2
    return 1
  fi
  rm -f "$log"
}

timed() {
  local name="$1" start=$SECONDS
  shift
  echo "== $name"
  "$@"
  echo "== $name: $((SECONDS - start)) s"
}

run_with_timeout() {
  local quiet=0
  [ "$1" = --quiet ] && { quiet=1; shift; }
  local seconds="$1"
  shift
  # timeout runs the program in a process group of its own and signals the whole group:
  # TERM at the limit, KILL 10 s later if it is still there.
  local status=0
  if [ $quiet = 1 ]; then
    timeout --kill-after=10 "$seconds" "$@" 2>/dev/null || status=$?
  else
    timeout --kill-after=10 "$seconds" "$@" || status=$?
  fi
  if [ $status -eq 124 ] || [ $status -eq 137 ]; then
    local line="$*"
    [ ${#line} -le 200 ] || line="${line:0:200}..."
    echo "timed out: $(basename "$1") ran past $seconds s and was killed ($line)" >&2
  fi
  return $status
}

need_tool() {
  command -v "$1" >/dev/null && return 0
  echo "skipped: $1 is not installed (Debian package $2)"
  exit 77
}

headless_chromium() {
  local profile status=0
  profile="$(mktemp -d)"
  (cd "$profile" && run_with_timeout --quiet 180 chromium --headless --no-sandbox --disable-gpu \
    --disable-quic --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --user-data-dir="$profile" "$@") || status=$?
  rm -rf "$profile"
  return $status
}

# The font families the set-up installs (scripts/setup): DejaVu (Debian's default) and
# Liberation (the metric twins of Windows' Arial, Times New Roman and Courier New, what the
# facilitators' laptops have), with Symbola for the signs Liberation lacks (⚠ ✓ ✔), as Windows
# takes them from Segoe UI Symbol. Each CSS family a page may name is mapped to the family's face.
use_fonts() {
  local family="$1" dir="$2" folders packages sans serif mono
  case "$family" in
    dejavu) folders=(/usr/share/fonts/truetype/dejavu) packages=(fonts-dejavu-core)
            sans="DejaVu Sans" serif="DejaVu Serif" mono="DejaVu Sans Mono" ;;
    liberation) folders=(/usr/share/fonts/truetype/liberation2 /usr/share/fonts/truetype/ancient-scripts)
                packages=(fonts-liberation2 fonts-symbola)
                sans="Liberation Sans" serif="Liberation Serif" mono="Liberation Mono" ;;
    *) echo "use_fonts: no font family $family" >&2; return 64 ;;
  esac
  local i
  for i in "${!folders[@]}"; do
    if ! [ -d "${folders[$i]}" ]; then
      echo "skipped: the $family fonts are not installed (Debian package ${packages[$i]})"
      exit 77
    fi
  done
  mkdir -p "$dir/cache"
  local alias="" name
  for name in sans-serif sans Arial Helvetica "DejaVu Sans"; do
    alias+="<alias binding=\"same\"><family>$name</family><accept><family>$sans</family></accept></alias>"
  done
  for name in serif "Times New Roman" Times "DejaVu Serif"; do
    alias+="<alias binding=\"same\"><family>$name</family><accept><family>$serif</family></accept></alias>"
  done
  for name in monospace mono "Courier New" Courier "DejaVu Sans Mono"; do
    alias+="<alias binding=\"same\"><family>$name</family><accept><family>$mono</family></accept></alias>"
  done
  cat >"$dir/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  $(printf '<dir>%s</dir>' "${folders[@]}")
  <cachedir>$dir/cache</cachedir>
  <!-- as Debian's fontconfig sets them (/etc/fonts/conf.d/10-*): they move glyphs by a point -->
  <match target="pattern">
    <edit name="hinting" mode="assign"><bool>true</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintslight</const></edit>
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
  </match>
  $alias
</fontconfig>
CONF
  export FONTCONFIG_FILE="$dir/fonts.conf"
}
