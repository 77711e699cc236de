from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import threading
from sim import cpu, io


def square(x):
    cpu(0.01)
    return x * x


def slow(d):
    io(d)
    return d


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(square, i) for i in range(6)]
    print([f.result() for f in fs])
    print(list(ex.map(square, [7, 8, 9])))
    order = [f.result() for f in as_completed([ex.submit(slow, d) for d in (0.3, 0.1, 0.2)])]
    print(order)
    done, not_done = wait([ex.submit(slow, 0.5), ex.submit(slow, 0.05)], return_when=FIRST_COMPLETED)
    print(len(done), len(not_done), [f.result() for f in done])
print(threading.current_thread().name, threading.active_count())
