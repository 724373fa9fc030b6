#!/usr/bin/env bash
# Every command's --help in Kyrgyz and in Russian has no English word outside option names and
# option values: `vap --help` and `vap COMMAND --help` for every command (and `vap plan draft`),
# the language chosen by --lang and by the system's locale (LANG). A Latin word passes only when it
# is an option (`--format`, `-o`), an option's values (`md|csv`, `{ky,ru,en}`, `=md`), a command's
# name, a file name (`plan.yaml`, `ФАЙЛ.xlsx`), a key of the files (`lang`, `id`,
# `budget.plan_envelope`), or in the short list below of program and format names and units.
# Each English word is printed as `LANG COMMAND: word in «the line»`.
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
# Program, format and file-type names (and the values of --format), an environment variable, the
# value name N, the keys `lang` and `id` of the municipality file, and the values of `--for`
# (vap form, vap papers) named inside their descriptions: not words to translate.
allowed=" vap Excel Calc LibreOffice Chromium Edge CSV BOM CRLF UTF YAML Markdown Mermaid GitHub
  Word GeoJSON JSON HTML SVG PDF md csv json pb html svg pdf xlsx auto A3 A4 a3 a4 ky ru en N
  KoboToolbox ODK Collect Central XLSForm XForm XLSX XML zip xml VAP_CHROMIUM lang id
  session ballot survey assembly monitoring decision order hearing group "
allowed=" $(echo $allowed) "
commands=$("$VAP_BIN" --help --lang en | awk '/^Subcommands:/ {on=1; next} on && /^  [a-z]/ {print $1}')
[ -n "$commands" ] || { echo "help_words: no commands found in 'vap --help'" >&2; exit 1; }
names=" $(echo $commands) draft "
fail=0
check() { # lang label vap-arguments...
  local lang="$1" label="$2"; shift 2
  local out
  if [ "$label" = "LANG" ]; then
    out=$(env -u LC_ALL -u LC_MESSAGES LANG="$lang" "$VAP_BIN" "$@" --help 2>&1)
  else
    out=$("$VAP_BIN" "$@" --help --lang "${lang%%_*}" 2>&1)
  fi
  while IFS= read -r line; do
    # The program's own path on the usage line; then options, value lists and defaults.
    local rest="${line//$VAP_BIN/vap}"
    rest=$(sed -E 's/(^|[ (,])--?[A-Za-z][A-Za-z0-9-]*(,-[A-Za-z])?/ /g;
                   s/[A-Za-z0-9_.-]*(\|[A-Za-z0-9_.-]+)+/ /g; s/:?\{[^}]*\}(=[A-Za-z0-9]+)?/ /g;
                   s/[^ ]*\.(yaml|xlsx|csv|md|html)\b/ /g; s/[a-z_]+\.[a-z_]+/ /g' <<<"$rest")
    for word in $(grep -oE '[A-Za-z][A-Za-z0-9_]*' <<<"$rest"); do
      case "$allowed$names" in
        *" $word "*) ;;
        *) echo "$lang ${*:-vap}: $word in «$line»"; fail=1 ;;
      esac
    done
  done <<<"$out"
}
for lang in ky_KG.UTF-8 ru_RU.UTF-8; do
  for how in flag LANG; do
    check "$lang" "$how"
    for c in $commands; do check "$lang" "$how" "$c"; done
    check "$lang" "$how" plan draft
  done
done
exit $fail
