"""An exception raised in a worker process comes back pickled: result() re-raises it in the parent."""
from concurrent.futures import ProcessPoolExecutor


def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(check, n) for n in (1, -2, 3)]
        for f in futures:
            try:
                print("result:", f.result())
            except ValueError as e:
                print("ValueError:", e, type(f.exception()).__name__)
        try:
            print(list(ex.map(check, [4, -5, 6])))
        except ValueError as e:
            print("map raised:", e)
