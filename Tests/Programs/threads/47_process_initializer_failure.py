"""A failing initializer kills the worker process: the future fails with BrokenProcessPool and the pool is unusable."""
from concurrent.futures import ProcessPoolExecutor


def bad_init():
    raise ValueError("init failed")


def job(n):
    return n * 2


if __name__ == "__main__":
    ex = ProcessPoolExecutor(1, initializer=bad_init)
    f = ex.submit(job, 1)
    try:
        f.result()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        ex.submit(job, 1)
    except Exception as e:
        print(type(e).__name__, e)
    ex.shutdown()
