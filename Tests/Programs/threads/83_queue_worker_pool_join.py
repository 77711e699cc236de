"""A fixed pool of daemon worker threads fed by a bounded Queue; join() waits for every task_done()."""
import queue
import threading
import time

tasks = queue.Queue(maxsize=3)
results = queue.Queue()


def worker():
    while True:
        n = tasks.get()
        time.sleep(0.1 * (n % 3 + 1))
        results.put((n, n * n, threading.current_thread().name))
        tasks.task_done()


for i in range(3):
    threading.Thread(target=worker, name=f"worker-{i}", daemon=True).start()
for n in range(8):
    tasks.put(n)
    print(f"queued {n} at {time.monotonic():.2f}")
tasks.join()
print(f"all done at {time.monotonic():.2f}")
seen = []
while not results.empty():
    seen.append(results.get_nowait())
print(sorted(seen))
print(tasks.unfinished_tasks, threading.active_count())
try:
    tasks.task_done()
except ValueError as e:
    print("ValueError:", e)
try:
    tasks.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
