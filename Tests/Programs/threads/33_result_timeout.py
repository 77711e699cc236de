"""Future.result(timeout) and exception(timeout) raise TimeoutError while the call is still running."""
from concurrent.futures import ThreadPoolExecutor, TimeoutError
import time


def slow():
    time.sleep(0.5)
    return "finally"


with ThreadPoolExecutor(max_workers=1) as ex:
    fut = ex.submit(slow)
    for call in (fut.result, fut.exception):
        try:
            call(timeout=0.1)
        except TimeoutError as e:
            print(type(e).__name__, repr(str(e)), f"{time.monotonic():.1f}", fut.running())
    print(fut.result(timeout=1.0), f"{time.monotonic():.1f}")
    print(fut.result(timeout=0), fut.exception(timeout=0))
