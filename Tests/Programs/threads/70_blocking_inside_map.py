import threading, time

out = {}
def worker():
    t0 = time.monotonic()
    x = list(map(time.sleep, [0.1, 0.2]))
    out['x'] = x
    out['dt'] = round(time.monotonic() - t0, 3)

t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
