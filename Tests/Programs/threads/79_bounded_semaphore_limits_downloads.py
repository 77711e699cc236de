"""A BoundedSemaphore caps concurrent downloads at two; releasing it once too often is a ValueError."""
import threading
import time
import sim

slots = threading.BoundedSemaphore(2)
active = []
peak = [0]
log = []


def fetch(url, seconds):
    with slots:
        active.append(url)
        peak[0] = max(peak[0], len(active))
        sim.io(seconds)
        active.remove(url)
        log.append(f"{url} done at {time.monotonic():.2f}")


urls = [("a.html", 0.3), ("b.html", 0.1), ("c.html", 0.2), ("d.html", 0.1), ("e.html", 0.2)]
threads = [threading.Thread(target=fetch, args=u) for u in urls]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(*log, sep="\n")
print("peak concurrency:", peak[0])
try:
    slots.release()
except ValueError as e:
    print("ValueError:", e)
plain = threading.Semaphore(0)
print(plain.acquire(timeout=0.1), f"{time.monotonic():.2f}")
plain.release(2)
print(plain.acquire(blocking=False), plain.acquire(blocking=False), plain.acquire(blocking=False))
try:
    plain.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
