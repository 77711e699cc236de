"""join() returns once that thread has finished; threads finish in the order of their sleeps."""
import threading
import time

finished = []


def sleeper(name, seconds):
    time.sleep(seconds)
    finished.append(name)


specs = [("slow", 0.3), ("fast", 0.1), ("mid", 0.2)]
threads = [threading.Thread(target=sleeper, args=spec) for spec in specs]
for t in threads:
    t.start()
print("started:", [t.is_alive() for t in threads], finished)
threads[1].join()
print("joined fast:", finished, [t.is_alive() for t in threads])
threads[0].join()
print("joined slow:", finished, [t.is_alive() for t in threads])
threads[2].join()
print("joined mid again:", finished)
