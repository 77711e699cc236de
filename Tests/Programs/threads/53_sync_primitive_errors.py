"""Misuse of locks, semaphores and conditions: CPython's exception types and messages."""
import threading
import time


def show(label, call):
    try:
        print(label, "->", call())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


show("Semaphore(-1)", lambda: threading.Semaphore(-1))
show("BoundedSemaphore(-3)", lambda: threading.BoundedSemaphore(-3))
show("Semaphore(0) try", lambda: threading.Semaphore(0).acquire(blocking=False))
show("Semaphore acquire(False, 1)", lambda: threading.Semaphore(2).acquire(False, 1))
show("Semaphore release(0)", lambda: threading.Semaphore(1).release(0))
bounded = threading.BoundedSemaphore(2)
show("bounded acquire", bounded.acquire)
show("bounded release(2)", lambda: bounded.release(2))
show("bounded release", bounded.release)
show("Lock release unlocked", lambda: threading.Lock().release())
show("RLock release unowned", lambda: threading.RLock().release())
show("Lock acquire(False, 1.0)", lambda: threading.Lock().acquire(False, 1.0))
show("Lock acquire(True, -5)", lambda: threading.Lock().acquire(True, -5))
show("Condition wait unowned", lambda: threading.Condition().wait(0.1))
show("Condition notify unowned", lambda: threading.Condition().notify())
show("Condition(5)", lambda: threading.Condition(5))
cond = threading.Condition()
with cond:
    show("wait(0.1)", lambda: cond.wait(0.1))
    show("wait_for false", lambda: cond.wait_for(lambda: False, 0.2))
    show("wait_for value", lambda: cond.wait_for(lambda: 7))
print(f"{time.monotonic():.2f}")
rlock = threading.RLock()
rlock.acquire()


def intruder():
    show("RLock release by non-owner", rlock.release)


t = threading.Thread(target=intruder)
t.start()
t.join()
rlock.release()
