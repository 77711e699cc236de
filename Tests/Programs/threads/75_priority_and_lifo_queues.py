"""queue.PriorityQueue serves the most urgent job first; LifoQueue is a stack; SimpleQueue has no size limit."""
import queue
import threading
import time

jobs = queue.PriorityQueue()
for priority, name in [(3, "thumbnails"), (1, "payments"), (2, "emails"), (1, "alerts"), (5, "reports")]:
    jobs.put((priority, name))
print("queued:", jobs.qsize())
done = []


def worker():
    while True:
        priority, name = jobs.get()
        if name is None:
            jobs.task_done()
            return
        time.sleep(0.05 * priority)
        done.append(f"{name}@{time.monotonic():.2f}")
        jobs.task_done()


t = threading.Thread(target=worker)
t.start()
jobs.join()
jobs.put((99, None))
t.join()
print(done)
stack = queue.LifoQueue(maxsize=3)
for page in ["home", "search", "item"]:
    stack.put(page)
print("full:", stack.full())
try:
    stack.put_nowait("cart")
except queue.Full:
    print("Full")
print([stack.get() for _ in range(3)])
sq = queue.SimpleQueue()
for i in range(3):
    sq.put(i * i)
print(sq.qsize(), [sq.get_nowait() for _ in range(3)], sq.empty())
try:
    sq.get(timeout=0.1)
except queue.Empty:
    print("Empty after", f"{time.monotonic():.2f}")
