"""Lost update: two threads add to a shared counter, with a call between read and write.

Each deposit reads the counter, logs, then writes the counter plus one. In the
ordinary schedule each thread runs its loop without a switch, so the total is
right. CPython may switch threads at the log() call; then both read the same
value and one update is lost. `asyncviz explore Scenarios/19_lost_update.py`
finds that schedule, and `--save` keeps it to watch.
"""
import threading
import sim

counter = 0


def log(message):
    pass


def deposit(times):
    global counter
    for _ in range(times):
        current = counter
        log(f"read {current}")
        counter = current + 1


workers = [threading.Thread(target=deposit, args=(3,)) for _ in range(2)]
for w in workers:
    w.start()
finished = sum(not w.is_alive() for w in workers)
sim.note(f"both depositors started; {finished} of 2 have finished their three deposits, "
         f"counter so far {counter}")
for w in workers:
    w.join()
sim.note(f"the counter is {counter} in this schedule (6: no update lost); "
         "explore finds a switch at log() that loses one")
print("counter:", counter)
assert counter == 6, f"lost update: counter is {counter}, not 6"
