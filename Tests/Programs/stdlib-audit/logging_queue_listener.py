"""The logging cookbook's queue recipe: threads log through a QueueHandler, one QueueListener thread writes."""
import logging
import logging.handlers
import queue
import sys
import threading
import time

q = queue.Queue()
console = logging.StreamHandler(sys.stdout)
console.setFormatter(logging.Formatter("%(threadName)s %(levelname)s %(name)s: %(message)s"))
listener = logging.handlers.QueueListener(q, console, respect_handler_level=True)
root = logging.getLogger()
root.setLevel(logging.DEBUG)
root.addHandler(logging.handlers.QueueHandler(q))
listener.start()


def worker(n):
    log = logging.getLogger(f"worker.{n}")
    for step in range(2):
        time.sleep(0.01 * (n + 1))
        log.info("step %d of job %d", step, n)


threads = [threading.Thread(target=worker, args=(i,), name=f"W{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
try:
    1 / 0
except ZeroDivisionError:
    logging.getLogger("main").exception("failed")
listener.stop()
print("records handled:", q.qsize(), type(root.handlers[0]).__name__)
