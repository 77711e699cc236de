# A worker thread's assert fails when the main thread's start-up runs late: the worker reads the config
# 0.05 s in, the main thread fills it 0.04 s in.
import threading
import time

config = {}


def worker():
    time.sleep(0.05)
    assert "mode" in config, "worker read the config before it was filled"


t = threading.Thread(target=worker)
t.start()
time.sleep(0.04)
config["mode"] = "fast"
t.join()
print("done")
