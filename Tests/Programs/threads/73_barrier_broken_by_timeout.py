"""threading.Barrier: a party that never arrives; the first wait to time out breaks it for everyone."""
import threading
import time

barrier = threading.Barrier(3)
outcome = {}


def runner(name, delay, timeout):
    time.sleep(delay)
    try:
        index = barrier.wait(timeout)
        outcome[name] = f"passed as {index}"
    except threading.BrokenBarrierError as e:
        outcome[name] = f"{type(e).__name__} at {time.monotonic():.2f}"


threads = [threading.Thread(target=runner, args=("fast", 0.1, 0.3)),
           threading.Thread(target=runner, args=("slow", 0.2, 1.0))]
for t in threads:
    t.start()
time.sleep(0.15)
print("waiting:", barrier.n_waiting, "of", barrier.parties, "broken:", barrier.broken)
for t in threads:
    t.join()
for name in sorted(outcome):
    print(name, outcome[name])
print("broken:", barrier.broken, "waiting:", barrier.n_waiting)
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("a late arrival finds it broken")
barrier.reset()
print("after reset:", barrier.broken)
barrier.abort()
try:
    barrier.wait()
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)
