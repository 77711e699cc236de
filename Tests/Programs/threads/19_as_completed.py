"""as_completed yields futures as they finish; with a timeout it raises TimeoutError naming the unfinished count."""
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError
import sim


def fetch(name, seconds):
    sim.io(seconds)
    return name


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(fetch, n, s) for n, s in [("a", 0.3), ("b", 0.1), ("c", 0.2)]]
    print([f.result() for f in as_completed(futures)])
    print(sorted(f.result() for f in as_completed(futures + futures[:1])))
    futures = [ex.submit(fetch, n, s) for n, s in [("d", 0.1), ("e", 0.4), ("f", 0.5)]]
    try:
        for f in as_completed(futures, timeout=0.25):
            print("got", f.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
