"""An RLock lets a method that holds the lock call another that takes it again; a Lock would deadlock."""
import threading
import time

lock = threading.RLock()
balance = {"alice": 100, "bob": 50}
history = []


def withdraw(who, amount):
    with lock:
        if balance[who] < amount:
            raise ValueError(f"{who} has only {balance[who]}")
        balance[who] -= amount


def deposit(who, amount):
    with lock:
        balance[who] += amount


def transfer(src, dst, amount):
    with lock:
        time.sleep(0.05)
        withdraw(src, amount)
        deposit(dst, amount)
        history.append(f"{src}->{dst} {amount} at {time.monotonic():.2f}")


def safe_transfer(*args):
    try:
        transfer(*args)
    except ValueError as e:
        history.append(f"refused: {e}")


threads = [threading.Thread(target=safe_transfer, args=a) for a in
           [("alice", "bob", 30), ("bob", "alice", 100), ("bob", "alice", 10), ("alice", "bob", 70)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(*history, sep="\n")
print(balance)
print(lock.acquire(), lock.acquire(), lock.acquire(blocking=False))
lock.release()
lock.release()
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
