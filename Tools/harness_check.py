"""Checks for the CPython harness (Tools/python): byte-identity against another copy, and determinism.

    python3 Tools/harness_check.py compare BASELINE_DIR [PATHS...]
        Runs every program under PATHS (default: Tests/Programs/asyncio and
        Scenarios, recursively) once with PYTHONPATH=BASELINE_DIR and once with
        PYTHONPATH=Tools/python, and reports every program whose stdout, stderr
        or exit status differ. Make a baseline with, for example:
            mkdir /tmp/h && git show HEAD:Tools/python/sim.py > /tmp/h/sim.py &&
            cp Tools/python/sitecustomize.py /tmp/h/

    python3 Tools/harness_check.py repeat N [PATHS...]
        Runs every program under PATHS N times with Tools/python and reports
        every program whose stdout, last stderr line or exit status vary.

Programs run from the repository root with PYTHONHASHSEED=0, as the
conformance tests run them; a program that runs longer than 60 s counts as
hung. Exit status 0 when nothing differs.
"""

import os
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HARNESS = os.path.join(ROOT, "Tools", "python")
DEFAULT_PATHS = ["Tests/Programs/asyncio", "Scenarios"]


def programs(paths):
    found = []
    for path in paths:
        full = os.path.join(ROOT, path)
        if os.path.isfile(full):
            found.append(path)
            continue
        for folder, _, names in os.walk(full):
            for name in names:
                if name.endswith(".py"):
                    found.append(os.path.relpath(os.path.join(folder, name), ROOT))
    return sorted(found)


def run(program, harness):
    env = dict(os.environ, PYTHONPATH=harness, PYTHONHASHSEED="0")
    # A session of its own, so that a hung program's worker processes go with it.
    p = subprocess.Popen([sys.executable, program], cwd=ROOT, env=env, start_new_session=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        stdout, stderr = p.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        return (b"", b"HUNG", None)
    # Frames inside the harness name its folder; that alone is not a difference.
    return (stdout, stderr.replace(os.fsencode(harness), b"<harness>"), p.returncode)


def last_line(data):
    lines = data.strip().splitlines()
    return lines[-1] if lines else b""


def compare(baseline, paths):
    progs = programs(paths)
    with ThreadPoolExecutor(max_workers=2) as pool:
        old = list(pool.map(lambda p: run(p, os.path.abspath(baseline)), progs))
        new = list(pool.map(lambda p: run(p, HARNESS), progs))
    bad = 0
    for prog, a, b in zip(progs, old, new):
        if a != b:
            bad += 1
            what = [k for k, x, y in zip(("stdout", "stderr", "status"), a, b) if x != y]
            print(f"DIFFERS {prog}: {', '.join(what)}")
            if a[2] != b[2]:
                print(f"    status {a[2]} -> {b[2]}")
            if a[1] != b[1]:
                print("    baseline stderr:", last_line(a[1])[:200])
                print("    harness  stderr:", last_line(b[1])[:200])
    print(f"{len(progs)} programs, {bad} differ")
    return bad == 0


def repeat(times, paths):
    progs = programs(paths)
    bad = 0
    with ThreadPoolExecutor(max_workers=2) as pool:
        for prog in progs:
            results = list(pool.map(lambda _: run(prog, HARNESS), range(times)))
            shapes = {(out, last_line(err), status) for out, err, status in results}
            if len(shapes) != 1 or None in {r[2] for r in results}:
                bad += 1
                print(f"VARIES {prog}: {len(shapes)} different outcomes in {times} runs")
    print(f"{len(progs)} programs x {times} runs, {bad} vary")
    return bad == 0


def main(argv):
    if len(argv) >= 2 and argv[0] == "compare":
        return compare(argv[1], argv[2:] or DEFAULT_PATHS)
    if len(argv) >= 2 and argv[0] == "repeat":
        return repeat(int(argv[1]), argv[2:] or DEFAULT_PATHS)
    print(__doc__)
    return False


if __name__ == "__main__":
    sys.exit(0 if main(sys.argv[1:]) else 1)
