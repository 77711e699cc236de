"""Work split into batches with islice, fanned out over threads, and summarised with groupby and accumulate."""
import itertools
import threading
from itertools import islice, groupby, accumulate, chain, count, product, zip_longest, pairwise, starmap, tee

results = []
results_lock = threading.Lock()


def batched(iterable, size):
    it = iter(iterable)
    while batch := list(islice(it, size)):
        yield batch


def process(batch_id, batch):
    total = sum(x * x for x in batch)
    with results_lock:
        results.append((batch_id, len(batch), total))


ids = count(1)
threads = [threading.Thread(target=process, args=(next(ids), b)) for b in batched(range(10), 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
results.sort()
print(results)
print(list(accumulate(r[2] for r in results)))

events = [("worker-1", "ok"), ("worker-1", "ok"), ("worker-2", "fail"), ("worker-2", "ok"), ("worker-3", "ok")]
for worker, rows in groupby(events, key=lambda e: e[0]):
    statuses = [status for _, status in rows]
    print(worker, statuses.count("ok"), "ok of", len(statuses))

grid = list(product(["small", "large"], [1, 2]))
print(grid)
print(list(chain.from_iterable(batched("abcdefg", 3))))
print(list(zip_longest(["t1", "t2", "t3"], [0.5, 0.25], fillvalue="n/a")))
print(list(starmap(lambda a, b: b - a, pairwise([1, 4, 9, 16]))))
left, right = tee(iter([1, 2, 3]))
print(sum(left), max(right))
print(list(itertools.takewhile(lambda r: r[2] < 100, results)), list(itertools.repeat("x", 2)))
