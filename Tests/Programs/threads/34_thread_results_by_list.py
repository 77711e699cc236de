"""Threads return nothing to join(): results go through shared objects, here one slot per thread."""
import threading
import time

results = [None] * 4


def square_into(slot, x, delay):
    time.sleep(delay)
    results[slot] = x * x


threads = []
for slot, (x, delay) in enumerate([(3, 0.3), (5, 0.1), (7, 0.4), (9, 0.2)]):
    t = threading.Thread(target=square_into, args=(slot, x, delay), name=f"sq{slot}")
    threads.append(t)
    t.start()
print("right after start:", results)
threads[3].join()
print("after sq3:", results)
for t in threads:
    t.join()
print("after all:", results, [t.name for t in threads])
