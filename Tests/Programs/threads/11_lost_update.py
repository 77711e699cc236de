"""Without a lock, read-sleep-write loses updates; with one, every increment counts."""
import threading
import time

counter = 0
lock = threading.Lock()


def bump(rounds, use_lock):
    global counter
    for _ in range(rounds):
        if use_lock:
            lock.acquire()
        value = counter
        time.sleep(0.05)
        counter = value + 1
        if use_lock:
            lock.release()


for use_lock in (False, True):
    counter = 0
    threads = [threading.Thread(target=bump, args=(3, use_lock)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("with lock:" if use_lock else "without lock:", counter)
