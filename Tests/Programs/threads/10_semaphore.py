"""Semaphore(2) lets two threads in at once; BoundedSemaphore refuses one release too many."""
import threading
import time

sem = threading.Semaphore(2)
inside = []
peaks = []


def worker(n):
    with sem:
        inside.append(n)
        peaks.append(len(inside))
        time.sleep(0.1)
        inside.remove(n)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("most inside at once:", max(peaks), f"{time.monotonic():.1f}")
print(sem.acquire(), sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(timeout=0.1))
bounded = threading.BoundedSemaphore(1)
print(bounded.acquire(), bounded.release())
try:
    bounded.release()
except ValueError as e:
    print("ValueError:", e)
