"""Ties at one instant, once the new thread has started: event/queue/join/lock timeouts against a wake at the same time."""
import threading, time, queue
def start(f, *args):
    t = threading.Thread(target=f, args=args)
    t.start()
    time.sleep(0)
    return t
ev = threading.Event()
def setter(d):
    time.sleep(d)
    ev.set()
start(setter, 0.2)
print("event, setter slept first:", ev.wait(0.2), f"{time.monotonic():.1f}")
ev.clear()
res = []
def waiter():
    res.append(ev.wait(0.2))
start(waiter)
time.sleep(0.2)
ev.set()
time.sleep(0)
print("event, waiter first:", res)
q = queue.Queue()
def putter():
    time.sleep(0.2)
    q.put(1)
start(putter)
try:
    print("queue, putter first:", q.get(timeout=0.2))
except queue.Empty:
    print("queue, putter first: Empty")
t = start(time.sleep, 0.2)
t.join(0.2)
print("join, sleeper first:", t.is_alive())
lock = threading.Lock()
def holder():
    with lock:
        time.sleep(0.2)
start(holder)
print("lock, holder first:", lock.acquire(timeout=0.2), f"{time.monotonic():.1f}")
