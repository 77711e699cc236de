"""A spawn-context Pool and ProcessPoolExecutor: each worker imports the script again (its module-level
table is built once per worker), receives its initializer pickled, and computes with the module's own
fresh globals; results are pickled back as instances of the parent's classes."""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
import sim

LOOKUP = {n: n * n for n in range(10)}
calls_seen = []


@dataclass
class Measurement:
    value: int
    square: int
    worker_kind: str


def init_worker(tag, names):
    global calls_seen
    calls_seen = [tag]
    names.put(multiprocessing.current_process().name.rstrip("0123456789"))


def measure(n):
    sim.cpu(0.01)
    calls_seen.append(n)
    return Measurement(n, LOOKUP[n], type(multiprocessing.current_process()).__name__)


def seen(_):
    return calls_seen[0]


def cube(n):
    return n ** 3


if __name__ == "__main__":
    LOOKUP.clear()
    calls_seen.append("parent")
    ctx = multiprocessing.get_context("spawn")
    names = ctx.Queue()
    with ctx.Pool(2, initializer=init_worker, initargs=("initialized", names)) as pool:
        print(pool, flush=True)
        results = pool.map(measure, range(6))
        print([(m.value, m.square) for m in results], flush=True)
        print(type(results[0]).__module__, isinstance(results[0], Measurement), results[0].worker_kind, flush=True)
        print(sorted(set(pool.map(seen, range(4)))), flush=True)
        print(sorted(pool.imap_unordered(cube, range(5))), flush=True)
        pool.close()
        pool.join()
    print(sorted(names.get() for _ in range(2)), len(LOOKUP), calls_seen, flush=True)

    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as executor:
        futures = [executor.submit(measure, n) for n in (7, 8, 9)]
        print([f.result().square for f in futures], flush=True)
        print(list(executor.map(cube, [2, 3])), flush=True)
    print(multiprocessing.get_start_method(), flush=True)

    try:
        ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"), max_tasks_per_child=3)
    except ValueError as exc:
        print(exc)
    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=5) as executor:
        print(executor.submit(cube, 4).result(), executor.submit(measure, 2).result().square)
