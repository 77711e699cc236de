"""multiprocessing.pool.ThreadPool: the Pool API on threads of this process, for I/O-bound work."""
import multiprocessing
import threading
import time
from multiprocessing.pool import ThreadPool


def fetch(url):
    time.sleep(0.1)
    return f"{url}: {len(url)} bytes", threading.current_thread().name


def stall(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    urls = ["a.example", "bb.example", "ccc.example", "dddd.example"]
    start = time.monotonic()
    with ThreadPool(processes=2) as pool:
        print(pool)
        pages = pool.map(fetch, urls)
        print([page for page, _ in pages])
        print(sorted({worker for _, worker in pages}), round(time.monotonic() - start, 2))
        print(list(pool.imap(len, urls)), sorted(pool.imap_unordered(len, urls)))
        print(pool.starmap(pow, [(2, 5), (3, 3)]), multiprocessing.current_process().name)

        slow = pool.apply_async(stall, (1.0,))
        try:
            slow.get(timeout=0.25)
        except multiprocessing.TimeoutError:
            print("not ready after 0.25 s:", slow.ready())
        try:
            slow.successful()
        except ValueError:
            print("successful() before ready raises ValueError")
        print(slow.get(), slow.successful(), round(time.monotonic() - start, 2))
        pool.close()
        try:
            pool.apply(stall, (0,))
        except ValueError as exc:
            print("after close:", exc)
        pool.join()
    print(threading.active_count(), threading.current_thread().name)
