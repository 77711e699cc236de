"""Leaving a `with ThreadPoolExecutor()` block waits until every submitted call has finished."""
from concurrent.futures import ThreadPoolExecutor
import threading
import time


def job(seconds):
    time.sleep(seconds)
    return seconds


with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(job, s) for s in (0.3, 0.1, 0.2)]
    print("in the block:", [f.done() for f in futures], threading.active_count())
print("after the block:", [f.done() for f in futures], [f.result() for f in futures])
print(f"{time.monotonic():.1f}", threading.active_count())
