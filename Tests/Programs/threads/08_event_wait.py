"""Event: wait(timeout) returns False when it times out, True once set; clear() resets the flag."""
import threading
import time

ready = threading.Event()
print(ready.is_set(), ready.wait(0.1), f"{time.monotonic():.1f}")


def setter():
    time.sleep(0.3)
    ready.set()


threading.Thread(target=setter).start()
print(ready.wait(0.1), ready.is_set(), f"{time.monotonic():.1f}")
print(ready.wait(), ready.is_set(), f"{time.monotonic():.1f}")
print(ready.wait(5), f"{time.monotonic():.1f}")
ready.clear()
print(ready.is_set(), ready.wait(0), ready.wait(0.2), f"{time.monotonic():.1f}")
