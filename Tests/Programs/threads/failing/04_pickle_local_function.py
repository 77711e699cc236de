"""A nested function cannot be pickled for a worker process: result() raises the pickling error (exit 1)."""
from concurrent.futures import ProcessPoolExecutor


def make_scaler(k):
    def scale(x):
        return x * k
    return scale


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        print(ex.submit(abs, -5).result())
        fut = ex.submit(make_scaler(3), 7)
        print(type(fut.exception()).__name__)
        fut.result()
    print("not reached")
