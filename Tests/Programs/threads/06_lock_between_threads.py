"""A lock held by another thread: tries fail, a timed acquire gives up, a blocking one waits for the release."""
import threading
import time

lock = threading.Lock()
log = []


def holder():
    with lock:
        log.append(f"holder took it at {time.monotonic():.1f}")
        time.sleep(0.5)
    log.append(f"holder released it at {time.monotonic():.1f}")


t = threading.Thread(target=holder)
t.start()
time.sleep(0.1)
print(lock.locked(), lock.acquire(blocking=False))
print(lock.acquire(timeout=0.2), f"{time.monotonic():.1f}")
print(lock.acquire(), f"{time.monotonic():.1f}")
lock.release()
t.join()
print(log)
