"""Condition.wait_for: buyers wait until enough stock arrives; one gives up after its timeout."""
import threading
import time

stock = {"widgets": 0}
shelf = threading.Condition()
report = []


def buyer(name, wanted, patience):
    with shelf:
        ok = shelf.wait_for(lambda: stock["widgets"] >= wanted, timeout=patience)
        if ok:
            stock["widgets"] -= wanted
            report.append(f"{name} bought {wanted} at {time.monotonic():.2f}")
        else:
            report.append(f"{name} gave up at {time.monotonic():.2f}")


def supplier():
    for batch in [2, 3, 4]:
        time.sleep(0.2)
        with shelf:
            stock["widgets"] += batch
            shelf.notify_all()


threads = [threading.Thread(target=buyer, args=("ann", 4, 1.0)),
           threading.Thread(target=buyer, args=("bob", 9, 0.5)),
           threading.Thread(target=buyer, args=("cy", 2, None)),
           threading.Thread(target=supplier)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(*report, sep="\n")
print("left:", stock["widgets"])
try:
    shelf.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
with shelf:
    print(shelf.wait(0.1), f"{time.monotonic():.2f}")
