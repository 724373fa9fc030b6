#!/usr/bin/env bash
# Every example in README.md is run, so the README cannot rot: in each ```console block, a line
# "$ vap ARGS" (or "$ vap ARGS | head -N") is run from the source root and its standard output
# must equal the lines that follow it, up to the next "$ " line or the end of the block.
set -euo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
python3 - "$VAP_BIN" README.md <<'PY'
import subprocess, sys
vap, readme = sys.argv[1], sys.argv[2]
lines = open(readme, encoding="utf-8").read().split("\n")
cases, block, cmd, out = [], False, None, []
for line in lines:
    if line.startswith("```console"):
        block, cmd, out = True, None, []
        continue
    if block and line.startswith("```"):
        if cmd: cases.append((cmd, out))
        block, cmd = False, None
        continue
    if not block: continue
    if line.startswith("$ "):
        if cmd: cases.append((cmd, out))
        cmd, out = line[2:], []
    elif cmd is not None:
        out.append(line)
failed = 0
for cmd, out in cases:
    if not cmd.startswith("vap "): continue
    shell = vap + cmd[3:]
    got = subprocess.run(["bash", "-c", shell], capture_output=True, text=True).stdout
    want = "\n".join(out)
    if got.rstrip("\n") != want.rstrip("\n"):
        failed += 1
        print(f"README example differs: $ {cmd}\n--- README\n{want}\n--- actual\n{got}")
print(f"{len(cases) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY

# The pictures in README are what vap draws now.
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$VAP_BIN" venn examples/jany-jol --format svg -o "$tmp/venn.svg"
"$VAP_BIN" pie examples/jany-jol --format svg -o "$tmp/pie.svg"
cmp docs/img/venn-jany-jol.svg "$tmp/venn.svg" || { echo "docs/img/venn-jany-jol.svg is out of date"; exit 1; }
cmp docs/img/pie-jany-jol.svg "$tmp/pie.svg" || { echo "docs/img/pie-jany-jol.svg is out of date"; exit 1; }
