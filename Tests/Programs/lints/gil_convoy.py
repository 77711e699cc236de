import threading
from sim import cpu


def crunch():
    cpu(0.1)


threads = [threading.Thread(target=crunch) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
