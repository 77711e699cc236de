"""After start() the harness lets the starting thread run on until it blocks; the new thread runs afterwards."""
import threading
import time

log = []


def worker(n):
    log.append(f"worker {n} runs")


threads = [threading.Thread(target=worker, args=(n,)) for n in range(2)]
for t in threads:
    t.start()
    log.append(f"started {t.name}")
print(log, threading.active_count())
time.sleep(0)
print(log, threading.active_count())
