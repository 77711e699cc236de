"""imap keeps input order, imap_unordered yields as workers finish (sorted here); map_async and
apply_async deliver results to callbacks in the parent, errors to error_callback."""
from multiprocessing import Pool
import sim


def slow_square(n):
    sim.cpu(0.01 * (n % 4))
    return n * n


def describe(word, times=1):
    return f"{word} x{times}"


def fail_on_odd(n):
    if n % 2:
        raise RuntimeError(f"odd {n}")
    return n


if __name__ == "__main__":
    collected = []
    errors = []
    with Pool(4) as pool:
        print(list(pool.imap(slow_square, range(10))))
        print(sorted(pool.imap_unordered(slow_square, range(10))))
        print(list(pool.imap(slow_square, (n for n in range(7)), chunksize=3)))
        print(sorted(pool.imap_unordered(slow_square, range(7), chunksize=2)))

        it = pool.imap(fail_on_odd, [0, 2, 3, 4])
        print(next(it), next(it))
        try:
            next(it)
        except RuntimeError as exc:
            print("imap raised:", exc)

        pending = [pool.apply_async(slow_square, (n,), callback=collected.append) for n in range(6)]
        failing = pool.apply_async(fail_on_odd, (5,), error_callback=lambda e: errors.append(repr(e)))
        keyword = pool.apply_async(describe, ("echo",), {"times": 3})
        print([r.get() for r in pending], keyword.get())
        failing.wait()
        print(failing.ready(), failing.successful(), all(r.successful() for r in pending))
        try:
            failing.get()
        except RuntimeError as exc:
            print("get raised:", exc)

        whole = pool.map_async(slow_square, range(5), callback=collected.append)
        whole.wait()
        print(whole.get(), type(whole).__name__)
        broken = pool.map_async(fail_on_odd, [0, 2, 5, 6], error_callback=lambda e: errors.append(str(e)))
        broken.wait()
        print(broken.successful())
        pool.close()
        pool.join()
    print(sorted(collected[:6]), collected[6:])
    print(errors)
