"""A thread pool: five workers evaluate ten items.

submit() queues an item and returns a Future at once. The pool starts a new
worker thread per submit until it has five; items 5..9 wait in its queue and
go to whichever worker is free first. Each evaluation computes for 20 ms and
needs the GIL, so only one worker computes at any moment.
"""
from concurrent.futures import ThreadPoolExecutor
import time
import sim

# Lines cost nothing here: the pool's story is told with sim.cpu alone (the first note counts
# the items done when the GIL turns come).
sim.configure(line_cost=0)


def evaluate_item(x):
    sim.cpu(0.02)  # 20 ms of CPU work, holding the GIL
    return x * x


t0 = time.perf_counter()
with ThreadPoolExecutor(max_workers=5) as executor:
    futures = []
    for item in range(10):
        futures.append(executor.submit(evaluate_item, item))
    sim.note("ten futures exist; submit() took turns with the workers for the GIL, "
             "so four items are done and three still wait in the queue")
    for item, future in enumerate(futures):
        print(f"item {item} -> {future.result()}")
    sim.note("results were read in submit order, whatever order the workers finished in")
sim.note(f"leaving the with block shut the pool down and joined its workers at +{time.perf_counter() - t0:.2f} s")
print(f"{len(futures)} items evaluated by a pool of 5")
