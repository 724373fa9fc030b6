#!/usr/bin/env bash
# Every example of the user docs is run, so that they cannot rot. The convention (docs/DEVELOPER.md,
# "Examples in the docs"), in README.md, docs/DEVELOPER.md and docs/commands/*.md:
# - a ```console block holds examples: a line "$ COMMAND" is run with bash, and the lines after it,
#   up to the next "$ " line or the end of the block, must equal its standard output exactly;
# - standard error is not compared (warnings go there; an example that shows them adds 2>&1), but
#   the command must end with status 0 (show a failure with `; echo "status $?"`);
# - each block runs in a fresh folder holding copies of examples/ and tests/fixtures/, so that
#   commands may write files there (`vap init ak-jar`, `-o report.html`) and later lines of the
#   same block may read them; `vap` is the binary under test;
# - a "$ vap" line outside a ```console block is an error: every example is run.
# UPDATE_DOCS=1 writes the actual standard output under each command instead (then read it).
# It also checks that every command of `vap --help` has its page docs/commands/<command>.md, that
# every relative link of the docs leads to a file, and that README's pictures are what vap draws.
set -euo pipefail
VAP_BIN="$(realpath "$1")"; ROOT="$2"
cd "$ROOT"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir "$work/bin" && ln -s "$VAP_BIN" "$work/bin/vap"
# A neutral environment, as the golden cases have: messages in the files' language or --lang's.
unset LC_ALL LC_MESSAGES LANG LANGUAGE
export LC_CTYPE=C.UTF-8

python3 - "$work" <<'PY'
import glob, os, shutil, subprocess, sys

work = sys.argv[1]
files = ["README.md", "docs/DEVELOPER.md"] + sorted(glob.glob("docs/commands/*.md"))
root = os.getcwd()
env = dict(os.environ, PATH=os.path.join(work, "bin") + os.pathsep + os.environ["PATH"])
passed, failed = 0, []
update = os.environ.get("UPDATE_DOCS") == "1"
rewrites = {}  # path -> [(first output line, number of lines, new lines)]

def fence_of(line):
    """The backticks that open or close a fenced block (CommonMark: three or more), or ""."""
    ticks = len(line) - len(line.lstrip("`"))
    return line[:ticks] if ticks >= 3 else ""

def blocks(path):
    """Yields (line number, [lines]) of every ```console block; fails on "$ vap" outside one."""
    lines = open(path, encoding="utf-8").read().split("\n")
    fence, ticks, start, body = None, "", 0, []
    for n, line in enumerate(lines, 1):
        if fence is None:
            if fence_of(line):
                ticks = fence_of(line)
                fence, start, body = line[len(ticks):].strip(), n, []
            elif line.lstrip().startswith("$ vap"):
                failed.append(f"{path}:{n}: a `$ vap` example outside a ```console block is not run")
        elif fence_of(line) and len(fence_of(line)) >= len(ticks) and not line.strip("`").strip():
            if fence == "console":
                yield start, body
            fence = None
        else:
            if fence != "console" and line.lstrip().startswith("$ vap"):
                failed.append(f"{path}:{n}: a `$ vap` example in a ```{fence} block is not run; make it ```console")
            body.append((n, line))
    if fence is not None:
        failed.append(f"{path}:{start}: the block is not closed")

def run_block(path, start, body):
    global passed
    folder = os.path.join(work, "run")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.join(folder, "tests"))
    shutil.copytree(os.path.join(root, "examples"), os.path.join(folder, "examples"), symlinks=True)
    shutil.copytree(os.path.join(root, "tests", "fixtures"), os.path.join(folder, "tests", "fixtures"), symlinks=True)
    cases, cmd = [], None
    for n, line in body:
        if line.startswith("$ "):
            cmd = (n, line[2:], [])
            cases.append(cmd)
        elif cmd is None:
            failed.append(f"{path}:{n}: a ```console block starts with a line that is not a command")
            return
        else:
            cmd[2].append(line)
    for n, command, out in cases:
        want = "".join(l + "\n" for l in out)
        r = subprocess.run(["bash", "-c", command], cwd=folder, env=env, capture_output=True)
        got, err = r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")
        problems = []
        if update and got != want and (got.endswith("\n") or got == ""):
            rewrites.setdefault(path, []).append((n, len(out), got[:-1].split("\n") if got else []))
            got = want
        if got != want:
            problems.append(f"--- the docs\n{want}--- standard output\n{got}")
        if r.returncode != 0:
            problems.append(f"--- exit status {r.returncode} (show a failure with `; echo \"status $?\"`)")
        if problems and err:
            problems.append(f"--- standard error\n{err}")
        if problems:
            failed.append(f"{path}:{n}: $ {command}\n" + "\n".join(problems))
        else:
            passed += 1

for path in files:
    for start, body in blocks(path):
        run_block(path, start, body)
    if path in rewrites:  # UPDATE_DOCS=1: the actual output written under each command
        lines = open(path, encoding="utf-8").read().split("\n")
        for first, count, new in sorted(rewrites[path], reverse=True):
            lines[first:first + count] = new
        open(path, "w", encoding="utf-8").write("\n".join(lines))
        print(f"{path}: {len(rewrites[path])} examples rewritten; read them (git diff {path})")

# Every command has its page.
help_text = subprocess.run(["vap", "--help", "--lang", "en"], env=env, capture_output=True, text=True).stdout
commands, listing = [], False
for line in help_text.split("\n"):
    if line.rstrip().endswith(":") and "commands" in line.lower():
        listing = True
    elif listing and line.startswith("  ") and line.strip():
        commands.append(line.split()[0])
    elif listing and line.strip() and not line.startswith(" "):
        listing = False
if not commands:
    failed.append("no commands found in `vap --help --lang en`")
for c in commands:
    if not os.path.exists(os.path.join("docs", "commands", c + ".md")):
        failed.append(f"docs/commands/{c}.md is missing: every command of `vap --help` has its page")

# Every relative link of the docs leads to a file that is there.
import re
docs = files + ["ARCHITECTURE.md", "docs/commands/README.md", "bench/README.md", "bench/HISTORY.md",
                "tests/golden/README.md"] + sorted(glob.glob("docs/decisions/*.md"))
for path in sorted(set(docs)):
    if not os.path.exists(path):
        continue
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        for target in re.findall(r"\]\(([^)\s]+)\)", line):
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue
            where = os.path.normpath(os.path.join(os.path.dirname(path), target.split("#")[0]))
            if not os.path.exists(where):
                failed.append(f"{path}:{n}: the link ({target}) leads nowhere")

for f in failed:
    print(f)
    print()
print(f"{passed} examples passed, {len(failed)} problems; commands with a page: {len(commands)}")
sys.exit(1 if failed else 0)
PY

# The pictures in README are what vap draws now.
"$VAP_BIN" venn examples/jany-jol --format svg -o "$work/venn.svg" 2>/dev/null
"$VAP_BIN" pie examples/jany-jol --format svg -o "$work/pie.svg" 2>/dev/null
cmp docs/img/venn-jany-jol.svg "$work/venn.svg" || { echo "docs/img/venn-jany-jol.svg is out of date"; exit 1; }
cmp docs/img/pie-jany-jol.svg "$work/pie.svg" || { echo "docs/img/pie-jany-jol.svg is out of date"; exit 1; }
