"""current_thread().name in the main thread, named and unnamed threads, and pool workers."""
import threading
from concurrent.futures import ThreadPoolExecutor

seen = []


def record(label):
    seen.append(f"{label}: {threading.current_thread().name}")


record("main")
t = threading.Thread(target=record, args=("named",), name="fetcher")
t.start()
t.join()
t = threading.Thread(target=record, args=("unnamed",))
t.start()
t.join()
with ThreadPoolExecutor(max_workers=1) as ex:
    ex.submit(record, "pool").result()
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="db") as ex:
    ex.submit(record, "prefixed").result()
with ThreadPoolExecutor(max_workers=1) as ex:
    ex.submit(record, "second pool").result()
for line in seen:
    print(line)
