# Two threads print; nothing fails, but the order of the lines depends on the schedule.
import threading


def greet(name):
    for step in range(2):
        print(name, step)


threads = [threading.Thread(target=greet, args=(n,)) for n in ("ann", "bob")]
for t in threads:
    t.start()
for t in threads:
    t.join()
