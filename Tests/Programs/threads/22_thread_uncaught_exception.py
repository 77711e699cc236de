"""An exception escaping a Thread's target is printed to stderr; the thread dies, the program goes on (exit 0)."""
import threading
import time


def fail():
    time.sleep(0.1)
    raise KeyError("missing")


def succeed(out):
    time.sleep(0.2)
    out.append("ok")


out = []
threads = [threading.Thread(target=fail), threading.Thread(target=succeed, args=(out,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("still running:", out, [t.is_alive() for t in threads])
