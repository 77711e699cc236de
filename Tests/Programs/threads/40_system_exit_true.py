"""SystemExit(True) is the int 1 as an exit status: CPython prints nothing to stderr."""
import threading


def worker(code):
    raise SystemExit(code)


t = threading.Thread(target=worker, args=(False,))
t.start()
t.join()
print("thread's SystemExit is silent")
raise SystemExit(True)
