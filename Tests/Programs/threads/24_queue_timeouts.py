"""Queue and SimpleQueue: get(timeout) raises queue.Empty, put on a full queue raises queue.Full, get waits for put."""
import queue
import threading
import time

simple = queue.SimpleQueue()
bounded = queue.Queue(maxsize=1)
for q in (simple, bounded):
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print(type(q).__name__, "empty after", f"{time.monotonic():.1f}")
bounded.put("x")
try:
    bounded.put("y", timeout=0.2)
except queue.Full:
    print("full after", f"{time.monotonic():.1f}", bounded.get_nowait())


def later(q, value):
    time.sleep(0.3)
    q.put(value)


threading.Thread(target=later, args=(simple, "hello")).start()
print(simple.get(), f"{time.monotonic():.1f}", simple.empty(), simple.qsize())
try:
    simple.get(block=False)
except queue.Empty as e:
    print("Empty:", repr(str(e)))
