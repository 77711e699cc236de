"""queue.Queue between threads: put/get in FIFO order, a sentinel to stop, task_done()/join() to wait."""
import queue
import threading
import time

q = queue.Queue(maxsize=2)
handled = []


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        time.sleep(0.1)
        handled.append(item)
        q.task_done()


t = threading.Thread(target=consumer)
t.start()
for item in range(5):
    q.put(item)
print("all put, queue holds", q.qsize(), "full:", q.full())
q.join()
print("joined:", handled, q.empty())
q.put(None)
t.join()
print("consumer stopped:", t.is_alive())
