"""An uncaught error from a worker process: the parent's traceback carries the remote one (exit 1)."""
from concurrent.futures import ProcessPoolExecutor


def invert(x):
    return 1 / x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(invert, [1, 2, 4])))
        print(list(ex.map(invert, [5, 0, 8])))
    print("not reached")
