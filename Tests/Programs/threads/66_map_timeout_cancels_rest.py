"""map(timeout) raises TimeoutError at the deadline and cancels the calls not yet started; the iterator is then exhausted."""
from concurrent.futures import ThreadPoolExecutor, TimeoutError
import time
ran = []
def slow(x):
    time.sleep(x)
    ran.append(x)
    return x
with ThreadPoolExecutor(1) as ex:
    it = ex.map(slow, [0.1, 0.3, 0.2, 0.4], timeout=0.25)
    got = []
    try:
        for r in it:
            got.append(r)
    except TimeoutError as e:
        print("TimeoutError", repr(str(e)), got, f"{time.monotonic():.2f}")
    try:
        next(it)
    except StopIteration:
        print("exhausted")
print(ran, f"{time.monotonic():.2f}")
with ThreadPoolExecutor(2) as ex:
    it = ex.map(slow, [0.3, 0.1])
    print(next(it), f"{time.monotonic():.2f}")
    del it
print(sorted(ran), f"{time.monotonic():.2f}")
with ThreadPoolExecutor(2) as ex:
    it = ex.map(slow, [0.2, 0.1], timeout=0)
    try:
        print(list(it))
    except TimeoutError:
        print("timeout=0 TimeoutError")
