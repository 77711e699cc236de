"""Condition with several consumers: notify(1), notify(2), a wait(timeout) that gives up; Semaphore.release(n)."""
import threading, time
cond = threading.Condition()
items = []
log = []
def consumer(name):
    with cond:
        while not items:
            if not cond.wait(timeout=1.0):
                log.append(f"{name} timed out at {time.monotonic():.1f}")
                return
        log.append(f"{name} got {items.pop(0)} at {time.monotonic():.1f}")
cs = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(4)]
for c in cs: c.start()
time.sleep(0.1)
with cond:
    items.append(1)
    cond.notify()
time.sleep(0.1)
with cond:
    items.extend([2, 3])
    cond.notify(2)
for c in cs: c.join()
print(sorted(log, key=lambda s: s[-3:]))
print(len(log), f"{time.monotonic():.1f}")
r = threading.Condition(threading.RLock())
with r:
    with r:
        print(r.wait(0.1))
sem = threading.Semaphore(0)
order = []
def sw(n):
    sem.acquire()
    order.append(n)
ts = [threading.Thread(target=sw, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
    time.sleep(0.01)
sem.release(3)
for t in ts: t.join()
print(sorted(order))
