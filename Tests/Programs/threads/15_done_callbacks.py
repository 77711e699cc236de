"""add_done_callback runs in the thread that finishes the future, or at once in the caller if it is already done."""
from concurrent.futures import ThreadPoolExecutor
import threading
import time

log = []


def callback(fut):
    log.append(f"callback in {threading.current_thread().name}: {fut.result()}")


def job():
    time.sleep(0.1)
    return "value"


with ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker") as ex:
    fut = ex.submit(job)
    fut.add_done_callback(callback)
    log.append(f"added while pending: done={fut.done()}")
    fut.result()
    time.sleep(0.05)
    log.append("adding to a done future")
    fut.add_done_callback(callback)
    log.append("added")
for line in log:
    print(line)
