"""concurrent.futures.wait: FIRST_COMPLETED, FIRST_EXCEPTION and ALL_COMPLETED return (done, not_done) sets."""
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
import sim


def job(seconds, fail=False):
    sim.io(seconds)
    if fail:
        raise ValueError(f"failed after {seconds}")
    return seconds


def show(label, pair):
    done, not_done = pair
    print(label, type(pair).__name__, len(done), len(not_done), sorted(f.done() for f in not_done))


with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(job, s) for s in (0.3, 0.1, 0.2)]
    show("first completed:", wait(fs, return_when=FIRST_COMPLETED))
    fs = [ex.submit(job, 0.1), ex.submit(job, 0.2, True), ex.submit(job, 0.4)]
    done, pending = wait(fs, return_when=FIRST_EXCEPTION)
    print("first exception:", sorted(repr(f.exception()) for f in done), len(pending))
    show("all completed:", wait(fs, return_when=ALL_COMPLETED))
    show("timeout:", wait([ex.submit(job, 1.0), ex.submit(job, 0.1)], timeout=0.5))
    print(sorted(f.result() for f in wait(fs[:1] + fs[2:])[0]))
