"""shutdown(wait=False) and a pool never shut down: the interpreter still waits for their calls at exit."""
from concurrent.futures import ThreadPoolExecutor
import time, threading
def job(n):
    time.sleep(0.1 * n)
    print("job", n, "done at", f"{time.monotonic():.1f}")
    return n
ex = ThreadPoolExecutor(2)
fs = [ex.submit(job, n) for n in (1, 2, 3)]
ex.shutdown(wait=False)
print("main done", [f.done() for f in fs])
ex2 = ThreadPoolExecutor(1)
ex2.submit(job, 4)
print("never shut down")
