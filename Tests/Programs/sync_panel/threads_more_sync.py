# A condition with two threads waiting, a re-entrant lock held twice with a thread waiting, a SimpleQueue
# with a blocked getter, and priority and LIFO queues holding items, all at t=0.05.
import queue
import threading
import time

ready = threading.Condition()
shared = threading.RLock()
inbox = queue.SimpleQueue()
urgent = queue.PriorityQueue()
stack = queue.LifoQueue()
arrived = []
log = []


def wait_for_arrival(name):
    with ready:
        ready.wait_for(lambda: arrived)
        log.append(f"{name} saw {arrived[0]}")


def hold_twice(name):
    with shared:
        with shared:
            time.sleep(0.1)
            log.append(f"{name} held the lock twice")


def read_inbox():
    log.append(f"inbox gave {inbox.get()}")


for name in ("w0", "w1"):
    threading.Thread(target=wait_for_arrival, args=(name,), name=name).start()
threading.Thread(target=hold_twice, args=("first",), name="first").start()
threading.Thread(target=read_inbox, name="reader").start()
time.sleep(0.01)
threading.Thread(target=hold_twice, args=("second",), name="second").start()
for x in (5, 1, 3):
    urgent.put(x)
    stack.put(x)
log.append(f"urgent gave {urgent.get()}, stack gave {stack.get()}")
time.sleep(0.1)
with ready:
    arrived.append("mail")
    ready.notify_all()
inbox.put("letter")
time.sleep(0.2)
print("\n".join(sorted(log)))
