"""Lock: acquire and release, locked(), non-blocking results, with-blocks, releasing an unlocked lock."""
import threading
import time

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(blocking=False), lock.acquire(False), lock.acquire(timeout=0))
lock.release()
print(lock.locked())
with lock:
    print("inside with:", lock.locked(), lock.acquire(blocking=False))
print("after with:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(lock.acquire(timeout=0.5), lock.acquire(timeout=0.5), f"{time.monotonic():.1f}")
for args in [(False, 1), (True, -2)]:
    try:
        lock.acquire(*args)
    except ValueError as e:
        print("ValueError:", e)
lock.release()
print(lock.acquire(True, -1), lock.locked())
