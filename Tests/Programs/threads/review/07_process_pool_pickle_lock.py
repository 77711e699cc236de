"""A lock passed to a worker process cannot be pickled: submit's future holds the pickling error."""
from concurrent.futures import ProcessPoolExecutor
import threading


def identity(x):
    return x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        for obj in (threading.Lock(), threading.Event()):
            err = ex.submit(identity, obj).exception()
            print(type(err).__name__, err)
