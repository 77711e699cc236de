"""An Event as a starting gun: runners wait for it; a wait with a timeout returns False if it is never set."""
import threading
import time

gun = threading.Event()
finish = []


def runner(name, pace):
    gun.wait()
    time.sleep(pace)
    finish.append((f"{time.monotonic():.2f}", name))


runners = [threading.Thread(target=runner, args=(n, p)) for n, p in [("ada", 0.3), ("bo", 0.2), ("cal", 0.25)]]
for r in runners:
    r.start()
print("set before start?", gun.is_set())
time.sleep(0.5)
gun.set()
for r in runners:
    r.join()
print(sorted(finish))
gun.clear()
print("wait with timeout:", gun.wait(0.2), f"{time.monotonic():.2f}")
late = threading.Timer(0.1, gun.set)
late.start()
print("wait until timer:", gun.wait(1.0), f"{time.monotonic():.2f}")
late.join()
