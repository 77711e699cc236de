from concurrent.futures import ThreadPoolExecutor, wait
import time
def f(i):
    time.sleep(0.01)
    return i
with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(f, i) for i in range(8)]
    done, nd = wait(fs)
    print([x.result() for x in done])
