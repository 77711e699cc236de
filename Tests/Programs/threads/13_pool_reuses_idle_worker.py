"""A pool starts a thread only when no worker is idle: calls one after another all run on the first worker."""
from concurrent.futures import ThreadPoolExecutor
import threading
import time

names = []


def job(n):
    names.append(threading.current_thread().name)
    return n * 2


with ThreadPoolExecutor(max_workers=4) as ex:
    results = []
    for n in range(5):
        results.append(ex.submit(job, n).result())
        time.sleep(0.01)
    print(results, sorted(set(names)))
    futures = [ex.submit(time.sleep, 0.1) for _ in range(3)]
    [f.result() for f in futures]
    print(threading.active_count())
print(threading.active_count())
