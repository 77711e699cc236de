"""Records sent to worker processes: a namedtuple defined before the pool starts travels both ways; a class
defined after the workers were forked cannot be unpickled by them, and the caller learns why."""
import multiprocessing
from collections import namedtuple
from concurrent.futures import ProcessPoolExecutor

Task = namedtuple("Task", "ident size")


def measure(task):
    return Task(task.ident, task.size * 2)


def describe(obj):
    return type(obj).__name__


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(list(pool.map(measure, [Task(1, 10), Task(2, 20)])))

        class Late:
            """Defined after the workers exist."""

        future = pool.submit(describe, Late())
        try:
            print(future.result())
        except Exception as e:
            print(type(e).__name__, e)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(measure, [Task(3, 1)]))
