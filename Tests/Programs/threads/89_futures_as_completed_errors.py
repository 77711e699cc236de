import concurrent.futures
import time
import threading

URLS = ["http://www.foxnews.com/", "http://www.cnn.com/", "http://europe.wsj.com/", "http://www.bbc.co.uk/",
        "http://nonexistant-subdomain.python.org/"]
thread_local = threading.local()


def load_url(url, timeout):
    time.sleep(len(url) / 100)
    if "nonexistant" in url:
        raise ConnectionError(f"cannot reach {url}")
    return ("x" * len(url)).encode()


with concurrent.futures.ThreadPoolExecutor(max_workers=5) as executor:
    future_to_url = {executor.submit(load_url, url, 60): url for url in URLS}
    for future in concurrent.futures.as_completed(future_to_url):
        url = future_to_url[future]
        try:
            data = future.result()
        except Exception as exc:
            print('%r generated an exception: %s' % (url, exc))
        else:
            print('%r page is %d bytes' % (url, len(data)))


class Counter:
    def __init__(self):
        self.value = 0
        self.cond = threading.Condition()

    def increment(self):
        with self.cond:
            self.value += 1
            self.cond.notify_all()

    def wait_for(self, n):
        with self.cond:
            self.cond.wait_for(lambda: self.value >= n)
            return self.value


c = Counter()
ready = threading.Event()
workers = [threading.Thread(target=lambda: (ready.wait(), [c.increment() for _ in range(5)])) for _ in range(4)]
for w in workers:
    w.start()
ready.set()
print("reached", c.wait_for(20))
for w in workers:
    w.join()
print(f"{threading.active_count()} thread(s) left, main is {threading.current_thread().name}")
