import threading, time
def worker():
    for _ in map(time.sleep, [0.1, 0.2]):
        print("tick", round(time.monotonic(), 3))
    print("end", round(time.monotonic(), 3))
t = threading.Thread(target=worker)
t.start()
t.join()
