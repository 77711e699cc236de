"""A process pool's helper threads in the parent: the manager is a plain Thread-N, the call queue has a daemon feeder."""
from concurrent.futures import ProcessPoolExecutor
import threading


def job(n):
    return n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        print(ex.submit(job, 1).result())
        print(sorted(t.name for t in threading.enumerate() if not t.daemon))
        print(sorted(t.name for t in threading.enumerate() if t.daemon), threading.active_count())
    print(threading.Thread(target=job).name, threading.active_count())
