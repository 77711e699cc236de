"""The classic tutorial: download pages with `from concurrent import futures`, handling results as they complete."""
from concurrent import futures
import sim
import time

SITES = {"python.org": 0.3, "example.com": 0.1, "wikipedia.org": 0.5, "bad.invalid": 0.2, "news.ycombinator.com": 0.25}


def download(site):
    sim.io(SITES[site])
    if site.endswith(".invalid"):
        raise OSError(f"cannot resolve {site}")
    return len(site) * 1000


start = time.monotonic()
with futures.ThreadPoolExecutor(max_workers=3) as executor:
    to_site = {executor.submit(download, site): site for site in SITES}
    for future in futures.as_completed(to_site):
        site = to_site[future]
        try:
            size = future.result()
        except OSError as exc:
            print(f"{site:22} failed: {exc}  t={time.monotonic() - start:.2f}")
        else:
            print(f"{site:22} {size:6} bytes  t={time.monotonic() - start:.2f}")
print(f"total {time.monotonic() - start:.2f}s")
with futures.ThreadPoolExecutor(max_workers=5) as executor:
    done, not_done = futures.wait([executor.submit(download, s) for s in SITES], return_when=futures.FIRST_EXCEPTION)
    print(len(done), len(not_done), f"t={time.monotonic() - start:.2f}")
