"""ProcessPoolExecutor.shutdown(wait=True, cancel_futures=True): afterwards every future is done, cancelled or with its result."""
from concurrent.futures import ProcessPoolExecutor
import sim


def job(n):
    sim.cpu(0.2)
    return n


if __name__ == "__main__":
    ex = ProcessPoolExecutor(max_workers=1)
    futures = [ex.submit(job, n) for n in range(6)]
    print(futures[0].result())
    ex.shutdown(wait=True, cancel_futures=True)
    print(all(f.done() for f in futures), futures[-1].cancelled())
    print(all(f.result() == n for n, f in enumerate(futures) if not f.cancelled()))
