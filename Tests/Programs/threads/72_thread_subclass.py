# A Thread subclass overriding run(), with results kept on the instance and a shared lock
import threading
import time


class Downloader(threading.Thread):
    total_bytes = 0
    lock = threading.Lock()

    def __init__(self, url, size):
        super().__init__(name=f"dl-{url}")
        self.url = url
        self.size = size
        self.done = False

    def run(self):
        for chunk in range(3):
            time.sleep(0.1 * self.size)
            with Downloader.lock:
                Downloader.total_bytes += self.size
        self.done = True
        print(f"{self.name} finished {self.url}")


class Ticker(threading.Thread):
    def __init__(self, count):
        super().__init__(daemon=False)
        self.count = count
        self.ticks = []

    def run(self):
        for i in range(self.count):
            self.ticks.append(i)
            time.sleep(0.05)


downloads = [Downloader(url, size) for url, size in [("a.txt", 3), ("b.txt", 1), ("c.txt", 2)]]
for d in downloads:
    d.start()
ticker = Ticker(4)
ticker.start()
for d in downloads:
    d.join()
ticker.join()
print([d.done for d in downloads], Downloader.total_bytes, ticker.ticks)
print([d.name for d in downloads], isinstance(ticker, threading.Thread), ticker.is_alive())
