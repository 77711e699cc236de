"""join(timeout) returns after the timeout even if the thread still runs: check is_alive() afterwards."""
import threading
import time


def slow():
    time.sleep(0.5)


t = threading.Thread(target=slow, daemon=True)
t.start()
print(t.join(0.2), t.is_alive(), f"{time.monotonic():.1f}")
t.join(0)
print(t.is_alive(), f"{time.monotonic():.1f}")
t.join(-1)
print(t.is_alive(), f"{time.monotonic():.1f}")
t.join(1.0)
print(t.is_alive(), f"{time.monotonic():.1f}")
t.join(1.0)
print(t.is_alive(), f"{time.monotonic():.1f}")
