"""Reusing threads: a pool of three vs a new thread per task.

Starting a thread costs its starter time: about 0.2 ms in CPython 3.11, which
sim.configure(thread_start=...) charges here. Nine short tasks compute 0.2 ms
each. The pool starts three threads once and feeds all nine tasks through
them; the other way starts a brand-new threading.Thread for every task.
"""
from concurrent.futures import ThreadPoolExecutor
import threading
import time
import sim

sim.configure(thread_start=0.0002)
names = []


def task(n):
    sim.cpu(0.0002)  # a short task: as long as starting a thread
    names.append(threading.current_thread().name)
    return n


t0 = time.perf_counter()
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as executor:
    results = list(executor.map(task, range(9)))
    started = threading.active_count() - 1
sim.note(f"pool: {started} thread start-ups for 9 tasks, {(time.perf_counter() - t0) * 1000:.1f} ms")
print(f"pool:       {results} on {started} threads")
names.clear()
t0 = time.perf_counter()
threads = [threading.Thread(target=task, args=(n,)) for n in range(9)]
for t in threads:
    t.start()
sim.note("nine threads, one per task: each ran once the main thread had paid 0.2 ms to start it")
for t in threads:
    t.join()
sim.note(f"thread per task: 9 start-ups for 9 tasks, {(time.perf_counter() - t0) * 1000:.1f} ms")
print(f"per task:   {len(set(names))} threads, first {threads[0].name!r}, last {threads[-1].name!r}")
