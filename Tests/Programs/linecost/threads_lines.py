"""Threads pay for the lines they run before they read the clock, sleep, wait for a lock or a join, and when
they end; none of them computes for a switch interval while another is ready (there the GIL and the harness
part ways: see the README)."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
log = []


def busy(n):
    total = 0
    for i in range(n):
        total += i
    return total


def worker(name, n, pause):
    busy(n)
    with lock:
        log.append((name, time.monotonic()))
    time.sleep(pause)
    busy(n)
    return name, time.monotonic()


start = time.monotonic()
threads = [threading.Thread(target=worker, args=(f"t{i}", 1000 * (i + 1), 0.01)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("threads joined at", time.monotonic() - start)
print(log)

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(worker, f"p{i}", 500 * i, 0.02 * (i + 1)) for i in range(4)]
    for f in futures:
        print(f.result())
print("pool done at", time.monotonic())

event = threading.Event()


def waiter():
    event.wait()
    busy(2000)
    print("waiter woke at", time.monotonic())


t = threading.Thread(target=waiter)
t.start()
busy(3000)
time.sleep(0.05)
event.set()
t.join()
print("end", time.monotonic(), time.thread_time(), time.process_time())
