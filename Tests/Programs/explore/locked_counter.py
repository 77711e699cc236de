# The lost update of Scenarios/19_lost_update.py with the read and the write under one lock: every
# schedule ends with the right total.
import threading

counter = 0
lock = threading.Lock()


def log(message):
    pass


def deposit(times):
    global counter
    for _ in range(times):
        with lock:
            current = counter
            log(f"read {current}")
            counter = current + 1


workers = [threading.Thread(target=deposit, args=(2,)) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("counter:", counter)
assert counter == 4
