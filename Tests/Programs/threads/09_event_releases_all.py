"""One Event.set() releases every thread waiting on it; threads that wait after it pass straight through."""
import threading
import time

go = threading.Event()
passed = []


def runner(name):
    go.wait()
    passed.append(name)


early = [threading.Thread(target=runner, args=(f"early{i}",)) for i in range(3)]
for t in early:
    t.start()
time.sleep(0.2)
print("before set:", passed, sum(t.is_alive() for t in early))
go.set()
for t in early:
    t.join()
print("after set:", sorted(passed))
late = threading.Thread(target=runner, args=("late",))
late.start()
late.join()
print("late:", passed[-1], go.is_set())
