"""Blocking I/O on threads overlaps: a thread waiting for I/O frees the GIL.

Five fetches each block for 0.2 s on a (simulated) network read. One after
another they take 1.0 s. On five threads all five wait at the same time, and
the batch takes about 0.2 s: threads do help when the work is waiting, not
computing (compare 03).
"""
from concurrent.futures import ThreadPoolExecutor
import time
import sim


def fetch(url):
    sim.io(0.2)  # a blocking read: no GIL needed while waiting
    return f"{url}: 200 OK"


urls = [f"https://example.org/page{i}" for i in range(5)]
t0 = time.perf_counter()
one_by_one = [fetch(url) for url in urls]
sim.note(f"one after another: {time.perf_counter() - t0:.2f} s")
t0 = time.perf_counter()
with ThreadPoolExecutor(max_workers=5) as executor:
    pending = executor.map(fetch, urls)
    sim.note("five threads block on their reads at the same time")
    threaded = list(pending)
sim.note(f"on five threads: {time.perf_counter() - t0:.2f} s")
for line in threaded:
    print(line)
print(f"same results either way: {threaded == one_by_one}")
