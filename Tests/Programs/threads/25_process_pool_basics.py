"""ProcessPoolExecutor: submit/result and map return the same values as in-process calls, in order."""
from concurrent.futures import ProcessPoolExecutor
import sim


def square(x):
    sim.cpu(0.05)
    return x * x


def describe(name, count=1):
    return f"{name} x{count}"


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(square, n) for n in range(5)]
        print([f.result() for f in futures])
        print(list(ex.map(square, [7, 8, 9])))
        print(ex.submit(describe, "item", count=3).result(), ex.submit(describe, "one").result())
        print(list(ex.map(pow, [2, 3], [10, 3])), [f.done() for f in futures])
