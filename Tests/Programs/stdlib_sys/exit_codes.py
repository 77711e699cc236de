"""sys.exit as programs use it: caught as SystemExit, inside a thread, and to end the program with a message."""
import sys
import threading
import time


def check_config(config):
    if "workers" not in config:
        sys.exit("config error: 'workers' is missing")
    return config["workers"]


try:
    check_config({})
except SystemExit as e:
    print("caught:", type(e).__name__, repr(e.code))

for code in (None, 0, 3, "bye"):
    try:
        sys.exit(code)
    except SystemExit as e:
        print("exit with", repr(code), "->", repr(e.code), e.args)

try:
    sys.exit()
except BaseException as e:
    print("bare exit:", repr(e), isinstance(e, Exception))


def worker(name, fail):
    print(f"{name} starting")
    time.sleep(0.1)
    if fail:
        sys.exit(1)  # ends this thread only
    print(f"{name} finished")


threads = [threading.Thread(target=worker, args=(f"worker-{i}", i == 1)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("all joined; main thread still running")

print("about to fail", file=sys.stderr)
workers = check_config({"name": "demo"})
print("not reached", workers)
