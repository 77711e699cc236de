import threading
import time

counter = 0
lock = threading.Lock()
names = []


def work(n):
    global counter
    for i in range(n):
        with lock:
            counter += 1
    names.append(threading.current_thread().name)


threads = [threading.Thread(target=work, args=(100,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, sorted(names))
print(threading.Thread(target=work, name="custom", args=(0,)).name)
e = threading.Event()
print(e.wait(0.1), e.is_set())
print(lock.acquire(blocking=False), lock.acquire(blocking=False), lock.locked())
lock.release()
r = threading.RLock()
with r:
    with r:
        print("reentrant")
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(timeout=0.01))
t = threading.Thread(target=time.sleep, args=(0.2,), daemon=True)
t.start()
t.join(0.05)
print(t.is_alive(), t.daemon)
t.join()
print(t.is_alive())
