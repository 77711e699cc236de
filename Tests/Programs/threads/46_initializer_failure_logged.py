"""A failing pool initializer is logged to stderr ("Exception in initializer:" and its traceback); the pool is broken."""
from concurrent.futures import ThreadPoolExecutor


def bad_init():
    raise ValueError("init failed")


def job(n):
    return n * 2


ex = ThreadPoolExecutor(1, initializer=bad_init)
f = ex.submit(job, 1)
try:
    f.result()
except Exception as e:
    print(type(e).__name__, e)
ex.shutdown()
