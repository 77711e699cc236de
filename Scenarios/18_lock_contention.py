"""Lock contention: four threads, one critical section, one at a time.

Each thread adds 1 to a shared counter five times: it reads the counter,
computes for 10 ms and writes it back, all inside `with lock:`; the others
block on the lock meanwhile. A release wakes the first waiter, but the thread
that released runs on and takes the lock straight back: a lock is no queue.
"""
import threading
import time
import sim

# Lines cost nothing here: sim.cpu is the only work, so the first note stops where the three
# others have reached the lock.
sim.configure(line_cost=0)

counter = 0
lock = threading.Lock()


def worker(rounds):
    global counter
    for _ in range(rounds):
        with lock:
            value = counter
            sim.cpu(0.01)  # work inside the critical section
            counter = value + 1


threads = [threading.Thread(target=worker, args=(5,)) for _ in range(4)]
t0 = time.perf_counter()
for t in threads:
    t.start()
sim.note("four threads want the same lock: one holds it, the others block on it")
for t in threads:
    t.join()
sim.note(f"20 increments of 10 ms each took {time.perf_counter() - t0:.2f} s: the lock serialised them")
print(f"counter = {counter} (4 threads x 5 increments)")
