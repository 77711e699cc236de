"""A Barrier paces workers in rounds; its action runs once per round, in the last thread to arrive."""
import threading
import time

rounds = []
barrier = threading.Barrier(3, action=lambda: rounds.append(f"round done at {time.monotonic():.2f} by {threading.current_thread().name}"))
indices = []


def worker(n):
    for step in range(2):
        time.sleep(0.1 * (n + 1))
        indices.append((step, n, barrier.wait()))


threads = [threading.Thread(target=worker, args=(n,), name=f"w{n}") for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(*rounds, sep="\n")
print(sorted(indices))
print(barrier.n_waiting, barrier.broken)
barrier.abort()
print("aborted:", barrier.broken)
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError after abort")
