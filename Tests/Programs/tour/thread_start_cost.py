# Starting a thread costs its starter sim.configure(thread_start=...) seconds; a pool pays it once per worker.
from concurrent.futures import ThreadPoolExecutor
import threading
import time
import sim

sim.configure(thread_start=0.0005)


def fetch(n):
    sim.io(0.001)
    return n * 10


t0 = time.perf_counter()
threads = [threading.Thread(target=fetch, args=(n,)) for n in range(6)]
for t in threads:
    t.start()
started = time.perf_counter() - t0
for t in threads:
    t.join()
print(f"six threads started in {started:.4f} s, all done at {time.perf_counter() - t0:.4f} s")

t0 = time.perf_counter()
with ThreadPoolExecutor(max_workers=2) as pool:
    results = list(pool.map(fetch, range(6)))
    workers = threading.active_count() - 1
print(f"pool of {workers}: {results} at {time.perf_counter() - t0:.4f} s")

t = threading.Thread(target=fetch, args=(1,))
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print(f"second start: {e}, clock {time.perf_counter() - t0:.4f} s")
