import threading
import time
from sim import cpu

lock = threading.Lock()


def worker(n):
    cpu(0.008)
    with lock:
        time.sleep(0.002)
    print(threading.current_thread().name, n)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
