"""Late worker: a pool warms a cache in the background, unless it is late.

The main thread submits fetch("config") to a pool, does 0.12 s of its own
start-up, then reads the cache. The fetch takes 0.1 s, so by default the
value is there and it is fetched once. On a real machine I/O is sometimes
slower: when the fetch ends after 0.12 s, get() fetches it a second time.
`asyncviz explore Scenarios/21_late_worker.py` finds that timing (--jitter).
"""
import time
from concurrent.futures import ThreadPoolExecutor
import sim

cache = {}
fetches = []


def fetch(key):
    fetches.append(key)
    time.sleep(0.1)
    cache[key] = f"<{key} from the server>"


def get(key):
    if key not in cache:
        fetch(key)
    return cache[key]


with ThreadPoolExecutor(max_workers=2) as pool:
    pool.submit(fetch, "config")
    sim.note("the worker is fetching config (a 0.1 s sleep stands for the network); main will start up for 0.12 s")
    time.sleep(0.12)
    print(get("config"))
    sim.note(f"main read config after the worker's fetch; fetches: {len(fetches)} "
             "(1: the cache was filled in time)")
print("fetches:", len(fetches))
assert len(fetches) == 1, f"config was fetched {len(fetches)} times"
