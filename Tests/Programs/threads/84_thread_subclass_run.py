"""Thread subclasses that override run(): start() calls self.run() in the new thread; results kept on the object."""
import threading
import time
import sim


class Downloader(threading.Thread):
    def __init__(self, url, seconds):
        super().__init__(name=f"dl-{url}")
        self.url = url
        self.seconds = seconds
        self.size = None

    def run(self):
        sim.io(self.seconds)
        self.size = len(self.url) * 100
        print(f"{self.name} finished at {time.monotonic():.2f} in {threading.current_thread().name}")


class Ticker(threading.Thread):
    def run(self):
        for i in range(3):
            time.sleep(0.1)
        print("ticker done", self.name.startswith("Thread-"), self.daemon)


workers = [Downloader(u, s) for u, s in [("a.org", 0.3), ("bb.com", 0.1), ("ccc.net", 0.2)]]
ticker = Ticker(daemon=True)
ticker.start()
for w in workers:
    w.start()
print([w.is_alive() for w in workers], repr(workers[0]).split(",")[0])
for w in workers:
    w.join()
ticker.join()
print([(w.url, w.size) for w in workers])
print(isinstance(ticker, threading.Thread), type(ticker).__name__)
plain = threading.Thread(target=lambda: print("plain target ran"))
plain.run()
print("run() without a thread runs in", threading.current_thread().name)
