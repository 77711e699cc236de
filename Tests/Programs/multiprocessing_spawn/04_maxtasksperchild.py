"""Pool(maxtasksperchild=N): a worker process exits after N tasks and the pool starts a fresh one in
its place, named on from the pool's numbering (ForkPoolWorker-3, ...); each worker's own state
starts again, so a per-process cache never grows past N entries."""
import collections
import multiprocessing as mp
import os

cache = {}


def expensive(n):
    cache[n] = n * n
    return mp.current_process().name, os.getpid(), len(cache), cache[n]


def label(n):
    return mp.current_process().name.rstrip("0123456789")


if __name__ == "__main__":
    with mp.Pool(processes=2, maxtasksperchild=2) as pool:
        rows = pool.map(expensive, range(12), chunksize=1)
        print([square for _, _, _, square in rows])
        names = collections.Counter(name for name, _, _, _ in rows)
        pids = {pid for _, pid, _, _ in rows}
        print("at most", max(names.values()), "tasks per worker,", sum(names.values()), "in all")
        print("fresh workers:", len(names) >= 6, "one pid each:", len(pids) == len(names))
        print("largest cache:", max(size for _, _, size, _ in rows))
        print("renumbered:", max(int(name.rsplit("-", 1)[1]) for name in names) > 2)
        print(sorted(set(pool.map(label, range(4), chunksize=2))))
        pool.close()
        pool.join()
    print(pool)

    spawn = mp.get_context("spawn")
    with spawn.Pool(1, maxtasksperchild=1) as pool:
        print(sorted({pool.apply(label, (n,)) for n in range(3)}))
        workers = sorted({pool.apply(expensive, (n,))[0] for n in range(3)})
        print(len(workers), workers[0].rstrip("0123456789"))
    for bad in (0, -1, "2"):
        try:
            mp.Pool(1, maxtasksperchild=bad)
        except ValueError as exc:
            print(repr(bad), exc)
