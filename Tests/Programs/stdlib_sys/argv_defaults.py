"""Sum squares in a thread pool; the job size and pool size come from the command line."""
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
workers = int(sys.argv[2]) if len(sys.argv) > 2 else 3
label = sys.argv[3] if len(sys.argv) > 3 else "default run"

print(f"script: {os.path.basename(sys.argv[0])} ({len(sys.argv) - 1} arguments)")
print(f"{label}: n={n}, workers={workers}")

lock = threading.Lock()
done = []


def square(i):
    with lock:
        done.append(i)
    return i * i


with ThreadPoolExecutor(max_workers=workers) as pool:
    total = sum(pool.map(square, range(1, n + 1)))

print(f"sum of squares 1..{n} = {total}")
print(f"items handled: {len(done)}", flush=True)
if total != n * (n + 1) * (2 * n + 1) // 6:
    print("wrong total", file=sys.stderr)
    sys.exit(2)
