"""The main thread dies of an error, yet the interpreter waits for the running non-daemon thread (exit 1)."""
import threading
import time


def worker():
    time.sleep(0.3)
    print("worker finished at", f"{time.monotonic():.1f}")


def daemon():
    time.sleep(10)
    print("daemon never gets here")


threading.Thread(target=worker).start()
threading.Thread(target=daemon, daemon=True).start()
time.sleep(0.1)
print("main fails at", f"{time.monotonic():.1f}")
raise RuntimeError("main gave up")
