import threading
from sim import io


def fetch():
    io(0.1)


threads = [threading.Thread(target=fetch) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
