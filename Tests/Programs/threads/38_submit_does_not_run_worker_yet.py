"""submit() starts a worker thread, but under the harness the submitter runs on until it blocks."""
from concurrent.futures import ThreadPoolExecutor

log = []


def job(n):
    log.append(n)
    return n


ex = ThreadPoolExecutor(2)
f = ex.submit(job, 1)
print(f.running(), f.done(), log)
ex.shutdown()
print(f.done(), log)
