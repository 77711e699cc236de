"""Reusing threads: a pool of three vs a new thread per task.

Nine short tasks each block for 0.05 s. The pool starts three threads once
and feeds all nine tasks through them. The other way starts, runs and joins
a brand-new threading.Thread for every task: nine thread start-ups instead of
three. Watch the lanes: three long-lived workers vs nine short-lived ones.
"""
from concurrent.futures import ThreadPoolExecutor
import threading
import time
import sim

names = []


def task(n):
    sim.io(0.05)
    names.append(threading.current_thread().name)
    return n


t0 = time.perf_counter()
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as executor:
    results = list(executor.map(task, range(9)))
sim.note(f"pool: 9 tasks on 3 reused threads in {time.perf_counter() - t0:.2f} s")
print(f"pool:       {results}, threads used: {sorted(set(names))}")
names.clear()
t0 = time.perf_counter()
threads = [threading.Thread(target=task, args=(n,)) for n in range(9)]
for t in threads:
    t.start()
sim.note("nine threads, one per task, each started and later joined")
for t in threads:
    t.join()
sim.note(f"thread per task: 9 start-ups in {time.perf_counter() - t0:.2f} s")
print(f"per task:   {len(set(names))} threads, first {threads[0].name!r}, last {threads[-1].name!r}")
