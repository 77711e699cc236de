"""Pool.map of a CPU-bound function: results come back in input order, whatever worker ran each chunk."""
import multiprocessing
from multiprocessing import Pool, Queue, current_process
import sim


def is_prime(n):
    sim.cpu(0.02)
    if n < 2:
        return False
    return all(n % d for d in range(2, int(n ** 0.5) + 1))


def power(base, exponent):
    sim.cpu(0.01)
    return base ** exponent


def checked_sqrt(x):
    if x < 0:
        raise ValueError(f"negative input: {x}")
    return x ** 0.5


def announce(names):
    names.put(current_process().name)


if __name__ == "__main__":
    names = Queue()
    numbers = list(range(30))
    with Pool(processes=3, initializer=announce, initargs=(names,)) as pool:
        print(pool)
        flags = pool.map(is_prime, numbers)
        print([n for n, prime in zip(numbers, flags) if prime])
        print(pool.map(is_prime, numbers, chunksize=7) == flags)
        print(pool.starmap(power, [(2, 10), (3, 4), (10, 2)]))
        print(pool.apply(power, (7, 2)), pool.apply(sorted, ([3, 1, 2],), {"reverse": True}))
        print(pool.map(checked_sqrt, []))
        try:
            pool.map(checked_sqrt, [4, 9, -1, 16])
        except ValueError as exc:
            print("map raised", type(exc).__name__, exc)
        print(sorted(names.get() for _ in range(3)))
    print(pool)
    print(current_process().name, multiprocessing.cpu_count() > 0)
