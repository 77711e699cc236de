import threading
import time

failures = []
failures_lock = threading.Lock()


def collect(args):
    with failures_lock:
        failures.append((args.thread.name, args.exc_type.__name__, str(args.exc_value)))


def worker(n):
    time.sleep(0.1 * n)
    if n % 2:
        raise ValueError(f"bad item {n}")
    if n == 4:
        raise KeyError(n)
    print("worker", n, "ok")


print("default is builtin:", threading.excepthook is threading.__excepthook__)
threading.excepthook = collect
threads = [threading.Thread(target=worker, args=(n,), name=f"w{n}") for n in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for failure in failures:
    print("failed:", failure)
print("all stopped:", not any(t.is_alive() for t in threads))

threading.excepthook = threading.__excepthook__
quiet = threading.Thread(target=worker, args=(3,), name="after-restore")
quiet.start()
quiet.join()
print("hook restored:", threading.excepthook is threading.__excepthook__)
print("failures still", len(failures))
print(threading.ExceptHookArgs.__name__)
