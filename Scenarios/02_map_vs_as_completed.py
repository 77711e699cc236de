"""map() yields results in argument order; as_completed() in finishing order.

Three downloads block on I/O for 0.3, 0.1 and 0.2 s on three workers.
executor.map hands back a's result first, so it holds b and c until a is done
at 0.3 s. as_completed yields each future the moment it finishes: b first,
then c, then a, each as soon as it is ready.
"""
from concurrent.futures import ThreadPoolExecutor, as_completed
import time
import sim


def download(name, seconds):
    sim.io(seconds)  # a blocking read: the GIL is free meanwhile
    return f"{name} ({seconds} s)"


names = ["a", "b", "c"]
seconds = [0.3, 0.1, 0.2]
with ThreadPoolExecutor(max_workers=3) as executor:
    print("map, in argument order:")
    t0 = time.perf_counter()
    for result in executor.map(download, names, seconds):
        sim.note(f"map handed back {result} at +{time.perf_counter() - t0:.2f} s")
        print(f"  {result}")
    print("as_completed, in finishing order:")
    t0 = time.perf_counter()
    futures = [executor.submit(download, n, s) for n, s in zip(names, seconds)]
    sim.note("each submit woke an idle worker from part 1: all three wait for the GIL to take an item")
    for future in as_completed(futures):
        sim.note(f"as_completed yielded {future.result()} at +{time.perf_counter() - t0:.2f} s")
        print(f"  {future.result()}")
