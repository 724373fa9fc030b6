#!/usr/bin/env bash
# The example of docs/commands/papers.md is run: in each ```console block a line "$ COMMAND" is
# run with bash in a folder holding a copy of examples/, with `vap` the binary under test, and
# its standard output must equal the lines after it (up to the next "$ " line or the block's
# end). (The docs' own runner, when it runs every page of docs/commands, makes this one moot.)
set -uo pipefail
VAP_BIN="$(realpath "$1")"; ROOT="$2"
cd "$ROOT"
command -v python3 >/dev/null || { echo "python3 is not installed"; exit 77; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir "$work/bin" && ln -s "$VAP_BIN" "$work/bin/vap" && cp -r examples "$work/"
unset LC_ALL LC_MESSAGES LANG LANGUAGE
export LC_CTYPE=C.UTF-8 PATH="$work/bin:$PATH"
python3 - "$work" docs/commands/papers.md <<'PY'
import subprocess, sys
work, page = sys.argv[1:3]
cases, block, cmd, out = [], False, None, []
for line in open(page, encoding="utf-8").read().split("\n"):
    if line.startswith("```console"):
        block, cmd, out = True, None, []
    elif block and line.startswith("```"):
        if cmd: cases.append((cmd, out))
        block, cmd = False, None
    elif block and line.startswith("$ "):
        if cmd: cases.append((cmd, out))
        cmd, out = line[2:], []
    elif block and cmd is not None:
        out.append(line)
failed = 0
for cmd, out in cases:
    got = subprocess.run(["bash", "-c", cmd], cwd=work, capture_output=True, text=True).stdout
    if got.rstrip("\n") != "\n".join(out).rstrip("\n"):
        failed += 1
        print(f"{page}: the example differs: $ {cmd}\n--- page\n" + "\n".join(out) + f"\n--- actual\n{got}")
print(f"{page}: {len(cases) - failed} examples pass, {failed} differ")
sys.exit(1 if failed or not cases else 0)
PY
