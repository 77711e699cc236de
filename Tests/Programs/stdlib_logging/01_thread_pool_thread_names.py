# A thread pool whose workers log with %(threadName)s, as the logging cookbook configures it.
import logging
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

logging.basicConfig(
    level=logging.INFO,
    format="%(asctime)s.%(msecs)03d [%(threadName)s] %(levelname)-7s %(name)s: %(message)s",
    datefmt="%H:%M:%S",
)
log = logging.getLogger("downloader")


def download(url, seconds):
    log.info("fetching %s", url)
    time.sleep(seconds)
    if "broken" in url:
        raise TimeoutError(f"{url} timed out")
    log.debug("not shown: the level is INFO")
    log.info("fetched %s in %.1fs", url, seconds)
    return len(url)


urls = {"https://a.example": 0.3, "https://broken.example": 0.1, "https://b.example": 0.2, "https://c.example": 0.4}
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="fetch") as pool:
    futures = {pool.submit(download, url, s): url for url, s in urls.items()}
    for future in as_completed(futures):
        url = futures[future]
        try:
            size = future.result()
        except TimeoutError as e:
            log.error("giving up on %s: %s", url, e)
        else:
            print(f"{url}: {size} bytes")
log.warning("all done after %.2f virtual seconds", time.monotonic())
