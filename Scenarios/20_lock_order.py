"""Lock order: two transfers take the same two locks in opposite orders.

transfer(a, b) holds a and asks for b; transfer(b, a) holds b and asks for a.
In the ordinary schedule the first transfer finishes before the second
starts, so nothing goes wrong. If CPython switches threads between the two
acquires, each holds the lock the other needs: a deadlock.
`asyncviz explore Scenarios/20_lock_order.py` finds it.
"""
import threading
import sim

checking = threading.Lock()
savings = threading.Lock()
moved = []


def record(what):
    moved.append(what)


def transfer(first, second, what):
    with first:
        record(what)
        with second:
            record(what + " done")


a = threading.Thread(target=transfer, args=(checking, savings, "checking->savings"))
b = threading.Thread(target=transfer, args=(savings, checking, "savings->checking"))
a.start()
b.start()
sim.note(f"both transfers started; {len(moved)} of 4 steps done so far")
a.join()
b.join()
sim.note("no deadlock in this schedule; explore finds a switch between the two acquires")
print(moved)
