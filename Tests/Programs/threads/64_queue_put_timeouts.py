"""Bounded Queue between threads: put(timeout) gives up with Full, join() after task_done, LifoQueue put waits for room."""
import queue, threading, time
q = queue.Queue(maxsize=2)
log = []
def producer(name, n):
    for i in range(n):
        try:
            q.put(f"{name}{i}", timeout=0.15)
        except queue.Full:
            log.append(f"{name} gave up on {i} at {time.monotonic():.2f}")
            return
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        time.sleep(0.1)
        log.append(item)
        q.task_done()
ps = [threading.Thread(target=producer, args=(n, 3)) for n in "ab"]
for p in ps: p.start()
time.sleep(0.5)
print(q.qsize(), q.full(), log)
c = threading.Thread(target=consumer)
c.start()
for p in ps: p.join()
q.join()
print(sorted(log), f"{time.monotonic():.2f}", q.unfinished_tasks)
q.put(None)
c.join()
lq = queue.LifoQueue(1)
lq.put(1)
try:
    lq.put(2, block=False)
except queue.Full:
    print("lifo full")
def late():
    time.sleep(0.2)
    lq.get()
threading.Thread(target=late).start()
lq.put(3)
print(lq.get(), f"{time.monotonic():.2f}")
