"""Records sent to worker processes: a namedtuple and an IntEnum defined before the pool starts travel both
ways (an enum member arrives as the worker's own member); a class defined after the workers were forked
cannot be unpickled by them, which breaks a ProcessPoolExecutor."""
import multiprocessing
from collections import namedtuple
from concurrent.futures import ProcessPoolExecutor
from enum import IntEnum

Task = namedtuple("Task", "ident size")


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


def measure(task):
    return Task(task.ident, task.size * 2)


def describe(obj):
    return type(obj).__name__


def escalate(priority):
    return priority is Priority.LOW, Priority(priority + 1), priority * 10


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(list(pool.map(measure, [Task(1, 10), Task(2, 20)])))
        print(pool.submit(escalate, Priority.LOW).result())

        class Late:
            """Defined after the workers exist."""

        future = pool.submit(describe, Late())
        try:
            print(future.result())
        except Exception as e:
            print(type(e).__name__, e)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(measure, [Task(3, 1)]))
