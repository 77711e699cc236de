"""CPU-bound work on four threads: the GIL lets one compute at a time.

Each of four threads computes for 0.1 s. Only the thread holding the GIL runs
Python; the others wait for it, and every 5 ms (the switch interval) the
holder is asked to hand it over. Watch the lanes take turns: together the
four take about 0.4 s, as long as doing them one after another.
"""
from concurrent.futures import ThreadPoolExecutor
import time
import sim


def crunch(n):
    sim.cpu(0.1)  # 0.1 s of pure-Python work
    return sum(range(n))


sizes = [10, 100, 1000, 10000]
t0 = time.perf_counter()
one_by_one = [crunch(n) for n in sizes]
sim.note(f"one after another on the main thread: {time.perf_counter() - t0:.2f} s")
print(f"sequential: {one_by_one}")
t0 = time.perf_counter()
with ThreadPoolExecutor(max_workers=4) as executor:
    pending = executor.map(crunch, sizes)
    sim.note("four workers, one GIL: one thread holds it at a time, the others wait their turn")
    threaded = list(pending)
sim.note(f"on four threads: {time.perf_counter() - t0:.2f} s, no faster")
print(f"4 threads:  {threaded}")
