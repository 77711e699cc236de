import threading
import time
from concurrent.futures import ThreadPoolExecutor

state = threading.local()
opened = []
opened_lock = threading.Lock()


def connection():
    try:
        return state.conn
    except AttributeError as e:
        print("first use:", e)
    state.conn = f"conn-{len(opened)}"
    state.served = 0
    with opened_lock:
        opened.append(state.conn)
    return state.conn


def handle(job):
    conn = connection()
    time.sleep(0.1 * (job % 3))
    state.served += 1
    return job, conn, state.served


with ThreadPoolExecutor(max_workers=3) as pool:
    results = list(pool.map(handle, range(9)))

for job, conn, served in results:
    print(job, conn.startswith("conn-"), served)
print("connections opened:", len(opened))
print("served in all:", sum(1 for _ in results))
print("main sees conn:", hasattr(state, "conn"))
state.conn = "main-conn"
print(sorted(state.__dict__))
del state.conn
try:
    del state.conn
except AttributeError as e:
    print("del:", e)
print(type(state).__name__, type(state).__module__)
