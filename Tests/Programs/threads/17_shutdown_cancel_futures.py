"""shutdown(cancel_futures=True) cancels queued calls and lets the running one finish; submit afterwards fails."""
from concurrent.futures import ThreadPoolExecutor
import time


def job(n):
    time.sleep(0.2)
    return n


ex = ThreadPoolExecutor(max_workers=1)
futures = [ex.submit(job, n) for n in range(4)]
time.sleep(0.1)
ex.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in futures], futures[0].result(), f"{time.monotonic():.1f}")
try:
    ex.submit(job, 9)
except RuntimeError as e:
    print("RuntimeError:", e)
ex2 = ThreadPoolExecutor(max_workers=1)
later = ex2.submit(job, 5)
ex2.shutdown(wait=False)
print(later.done(), later.result(), later.done(), f"{time.monotonic():.1f}")
ex2.shutdown()
