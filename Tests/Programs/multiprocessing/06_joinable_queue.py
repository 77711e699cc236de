"""JoinableQueue: the parent puts work and join()s until daemon worker processes mark every item done."""
from multiprocessing import JoinableQueue, Process, Queue
import sim


def worker(tasks, results):
    while True:
        n = tasks.get()
        sim.cpu(0.01)
        results.put(n * 10)
        tasks.task_done()


if __name__ == "__main__":
    tasks, results = JoinableQueue(), Queue()
    for n in range(12):
        tasks.put(n)
    workers = [Process(target=worker, args=(tasks, results), daemon=True) for _ in range(3)]
    for w in workers:
        w.start()
    print([w.daemon for w in workers])
    tasks.join()
    print("all tasks done")
    print(sorted(results.get() for _ in range(12)), results.empty())
    tasks.put(99)
    tasks.join()
    print(results.get())
    try:
        tasks.task_done()
    except ValueError as exc:
        print("ValueError:", exc)
