"""Future states: running(), done(), cancel() of a running and of a queued call, result() and exception()."""
from concurrent.futures import ThreadPoolExecutor
import time


def job(x):
    time.sleep(0.2)
    return x * 10


with ThreadPoolExecutor(max_workers=1) as ex:
    first = ex.submit(job, 1)
    second = ex.submit(job, 2)
    print("submitted:", first.done(), second.done(), second.running())
    time.sleep(0.1)
    print("first:", first.running(), first.done(), first.cancel(), first.cancelled())
    print("second:", second.running(), second.cancel(), second.cancelled(), second.done())
    print(first.result(), first.exception(), first.done(), first.running())
    for call in (second.result, second.exception):
        try:
            call()
        except Exception as e:
            print(type(e).__name__, repr(str(e)))
    print(second.cancel(), first.cancel())
