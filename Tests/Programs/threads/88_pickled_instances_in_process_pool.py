from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list)


class Accumulator:
    def __init__(self, start):
        self.total = start

    def add(self, n):
        self.total += n
        return self


def run(task, factor=1):
    return Task(task.priority * factor, task.name.upper(), task.tags + ["done"])


def tally(words):
    return Counter(words)


def grow(acc):
    return acc.add(10).total


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(list(pool.map(partial(run, factor=3), [Task(1, "a"), Task(2, "b", ["x"])])))
        print(pool.submit(tally, "abracadabra").result().most_common(2))
        print(pool.submit(grow, Accumulator(5)).result())

