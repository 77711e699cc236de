"""The same CPU-bound work on four processes: real parallelism, at a price.

Each worker process has its own interpreter and its own GIL, so the four
0.1 s computations run at once on four cores. Starting the processes takes
time, and every call and every result is pickled through a pipe. The worker
function must live at the top level of the module so it can be pickled, and
the pool must be created under `if __name__ == "__main__":`.
"""
from concurrent.futures import ProcessPoolExecutor
import time
import sim


def crunch(n):
    sim.cpu(0.1)  # 0.1 s of pure-Python work, in a worker process
    return sum(range(n))


if __name__ == "__main__":
    sizes = [10, 100, 1000, 10000]
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=4) as executor:
        pending = executor.map(crunch, sizes)
        sim.note("the four worker processes started up side by side; each call is pickled and sent to one")
        results = list(pending)
        sim.note(f"all four results are back at +{time.perf_counter() - t0:.2f} s")
    sim.note(f"with start-up and shutdown: {time.perf_counter() - t0:.2f} s (compare 03)")
    print(f"4 processes: {results}")
