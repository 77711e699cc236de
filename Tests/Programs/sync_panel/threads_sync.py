# The threading primitives with threads waiting on them at t=0.1: a semaphore of one, a barrier of three,
# a bounded queue.Queue full of items with a blocked putter, a held lock and an event.
import queue
import threading
import time

permit = threading.Semaphore(1)
barrier = threading.Barrier(3)
jobs = queue.Queue(maxsize=2)
lock = threading.Lock()
started = threading.Event()
log = []


def use_permit(name):
    with permit:
        time.sleep(0.2)
        log.append(f"{name} used the permit")


def meet(name, delay):
    time.sleep(delay)
    barrier.wait()
    log.append(f"{name} passed the barrier")


def produce():
    for n in range(1, 5):
        jobs.put({"job": n})
    log.append("all jobs queued")


def consume():
    time.sleep(0.3)
    for _ in range(4):
        log.append(f"done {jobs.get()['job']}")


def hold():
    with lock:
        started.wait()
        log.append("holder done")


workers = [threading.Thread(target=use_permit, args=(n,), name=f"permit-{n}") for n in "xy"]
workers += [threading.Thread(target=meet, args=(n, d), name=n) for n, d in (("alice", 0.02), ("bob", 0.03), ("carol", 0.4))]
workers += [threading.Thread(target=produce, name="producer"), threading.Thread(target=consume, name="consumer")]
workers += [threading.Thread(target=hold, name=f"hold-{k}") for k in range(2)]
for w in workers:
    w.start()
time.sleep(0.5)
started.set()
for w in workers:
    w.join()
print("\n".join(sorted(log)))
