"""ThreadPoolExecutor misuse: bad max_workers and initializer, bad calls, map timeouts and chunksize, use after shutdown."""
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor
import time


def show(label, call):
    try:
        print(label, "->", call())
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(str(e)))


def slow(x):
    time.sleep(x)
    return x


show("ThreadPoolExecutor(0)", lambda: ThreadPoolExecutor(0))
show("ThreadPoolExecutor(-1)", lambda: ThreadPoolExecutor(-1))
show("max_workers='2'", lambda: ThreadPoolExecutor(max_workers="2"))
show("initializer=5", lambda: ThreadPoolExecutor(initializer=5))
show("ProcessPoolExecutor(0)", lambda: ProcessPoolExecutor(0))
show("ProcessPoolExecutor(initializer=5)", lambda: ProcessPoolExecutor(initializer=5))
ex = ThreadPoolExecutor(2)
show("submit()", lambda: ex.submit())
show("submit(len, [1, 2])", lambda: ex.submit(len, [1, 2]).result())
show("submit(5)", lambda: ex.submit(5).result())
show("submit(len)", lambda: ex.submit(len).result())
show("map timeout", lambda: list(ex.map(slow, [0.1, 0.5], timeout=0.2)))
show("now", lambda: f"{time.monotonic():.2f}")
show("map chunksize ignored", lambda: list(ex.map(slow, [0.1], chunksize=5)))
show("map no iterables", lambda: list(ex.map(slow)))
ex.shutdown()
show("submit after shutdown", lambda: ex.submit(slow, 0))
show("map after shutdown", lambda: ex.map(slow, [1]))
show("shutdown again", ex.shutdown)
show("now", lambda: f"{time.monotonic():.2f}")
