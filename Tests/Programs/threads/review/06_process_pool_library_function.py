"""Module-level library functions (threading.active_count, asyncio.sleep) pickle by reference for a worker process."""
from concurrent.futures import ProcessPoolExecutor
import asyncio
import threading


def identity(x):
    return x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        print(ex.submit(threading.active_count).result())
        print(ex.submit(identity, asyncio.sleep).result() is asyncio.sleep)
