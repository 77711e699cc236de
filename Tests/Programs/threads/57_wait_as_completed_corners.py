"""wait/as_completed corner cases: empty lists, already-done and cancelled futures, timeout=0, duplicates, non-futures."""
from concurrent.futures import ThreadPoolExecutor, Future, wait, as_completed, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, TimeoutError
import time
def job(s, fail=False):
    time.sleep(s)
    if fail:
        raise ValueError(s)
    return s
def show(f):
    try:
        r = f()
        print("ok", r)
    except BaseException as e:
        print(type(e).__name__ + ":", repr(str(e)))
show(lambda: wait([]))
show(lambda: list(as_completed([])))
show(lambda: wait([], return_when="bogus"))
done = Future(); done.set_result(1)
canc = Future(); canc.cancel()
pend = Future()
show(lambda: [len(s) for s in wait([done, canc, pend], timeout=0)])
show(lambda: [len(s) for s in wait([done, canc, pend], timeout=0.1, return_when=FIRST_COMPLETED)])
show(lambda: [len(s) for s in wait([canc, pend], timeout=0.1, return_when=FIRST_EXCEPTION)])
show(lambda: [len(s) for s in wait([pend], timeout=-1)])
show(lambda: [len(s) for s in wait([pend, pend], timeout=0)])
show(lambda: [f.done() for f in as_completed([done, pend], timeout=0.1)])
show(lambda: list(as_completed([pend], timeout=0)))
show(lambda: list(as_completed([pend, pend, done], timeout=0.2)))
show(lambda: f"{time.monotonic():.2f}")
show(lambda: wait(5))
show(lambda: wait([5]))
show(lambda: list(as_completed(5)))
show(lambda: list(as_completed([5])))
with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(job, 0.3), ex.submit(job, 0.1, True), ex.submit(job, 0.2)]
    d, nd = wait(fs, return_when=FIRST_EXCEPTION)
    show(lambda: (len(d), len(nd), f"{time.monotonic():.2f}"))
    d, nd = wait(fs, timeout=0.05, return_when=FIRST_EXCEPTION)
    show(lambda: (len(d), len(nd)))
    show(lambda: [f.result() for f in as_completed(fs[::2])])
show(lambda: f"{time.monotonic():.2f}")
