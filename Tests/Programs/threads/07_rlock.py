"""RLock: the owner may take it again and must release as often; other threads can neither take nor release it."""
import threading

r = threading.RLock()
seen = []


def intruder():
    seen.append(r.acquire(blocking=False))
    seen.append(r.acquire(timeout=0.1))
    try:
        r.release()
    except RuntimeError as e:
        seen.append(str(e))


print(r.acquire(), r.acquire(), r.acquire(blocking=False))
with r:
    print("with block inside three acquires")
for _ in range(3):
    r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r.acquire()
t = threading.Thread(target=intruder)
t.start()
t.join()
print(seen)
