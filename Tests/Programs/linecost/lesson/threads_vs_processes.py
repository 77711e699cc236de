"""Pure-Python loops on four threads and on four processes: no sim.cpu, the lines themselves cost time.

Threads take about as long as the same work done in turn (the GIL lets one thread run Python at a time);
processes, one per core, take about a quarter of it.
"""
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def count_primes(limit):
    count = 0
    for n in range(2, limit):
        divisor = 2
        while divisor * divisor <= n:
            if n % divisor == 0:
                break
            divisor += 1
        else:
            count += 1
    return count


LIMITS = [4000, 4000, 4000, 4000]


def timed(label, run):
    start = time.perf_counter()
    results = run()
    elapsed = time.perf_counter() - start
    print(f"{label:>12}: {results} in {elapsed * 1000:.1f} ms")
    return elapsed


if __name__ == "__main__":
    sequential = timed("sequential", lambda: [count_primes(n) for n in LIMITS])
    with ThreadPoolExecutor(max_workers=4) as pool:
        threads = timed("4 threads", lambda: list(pool.map(count_primes, LIMITS)))
    with ProcessPoolExecutor(max_workers=4) as pool:
        list(pool.map(abs, range(4)))  # start the workers before the clock starts
        processes = timed("4 processes", lambda: list(pool.map(count_primes, LIMITS)))
    print(f"threads / sequential: {threads / sequential:.2f}")
    print(f"processes / sequential: {processes / sequential:.2f}")
