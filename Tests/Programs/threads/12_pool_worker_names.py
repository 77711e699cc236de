"""Pool threads are named prefix_k: ThreadPoolExecutor-N_k by default, N counting pools without a prefix."""
from concurrent.futures import ThreadPoolExecutor
import threading
import time


def who(seconds):
    time.sleep(seconds)
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=3) as ex:
    print(sorted(ex.map(who, [0.1, 0.1, 0.1])))
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="io") as ex:
    print(sorted(set(ex.map(who, [0.1, 0.1, 0.1, 0.1]))))
with ThreadPoolExecutor(max_workers=1) as ex:
    print(ex.submit(who, 0).result())
with ThreadPoolExecutor(3, "") as ex:
    print(ex.submit(who, 0).result())
