"""A raising done callback is logged ("exception calling callback for ...") and the next callbacks still run."""
from concurrent.futures import ThreadPoolExecutor, Future
import time, threading
log = []
def bad(f):
    log.append(("bad", threading.current_thread().name))
    raise ValueError("callback failed")
def good(f):
    log.append(("good", f.result() if not f.cancelled() else "cancelled"))
f = Future()
f.add_done_callback(bad)
f.add_done_callback(good)
f.set_result(3)
g = Future()
g.add_done_callback(good)
g.cancel()
g.add_done_callback(bad)
print(log)
with ThreadPoolExecutor(1, thread_name_prefix="w") as ex:
    h = ex.submit(time.sleep, 0.1)
    h.add_done_callback(bad)
    h.add_done_callback(good)
print(log)
