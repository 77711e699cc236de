"""Pure-Python loops on four threads take as long as the same loops one after another (no sim.cpu): the GIL
lets one thread run Python at a time. CPython under the harness prints the same."""
import threading
import time


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


def worker(limit, results, index):
    results[index] = count_primes(limit)


start = time.perf_counter()
sequential = [count_primes(2500) for _ in range(4)]
middle = time.perf_counter()
results = [None] * 4
threads = [threading.Thread(target=worker, args=(2500, results, i)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
end = time.perf_counter()
print(f"sequential {sequential} in {(middle - start) * 1000:.2f} ms")
print(f"4 threads  {results} in {(end - middle) * 1000:.2f} ms")
print(f"threads / sequential: {(end - middle) / (middle - start):.2f}")
