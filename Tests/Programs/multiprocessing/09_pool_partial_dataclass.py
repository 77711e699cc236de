import multiprocessing
import os
import time
from dataclasses import dataclass
from functools import partial


@dataclass
class Job:
    n: int
    scale: int = 2


def compute(job, offset=0):
    total = sum(i * job.scale for i in range(job.n)) + offset
    return multiprocessing.current_process().name.startswith("ForkPoolWorker"), total


if __name__ == "__main__":
    start = time.perf_counter()
    with multiprocessing.Pool(processes=4) as pool:
        results = pool.map(partial(compute, offset=1), [Job(n) for n in range(5)])
    print(results)
    print(f"parent {os.getpid() > 0}, took {time.perf_counter() - start >= 0}")
