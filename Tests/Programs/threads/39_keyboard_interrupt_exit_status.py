"""An uncaught KeyboardInterrupt in the main thread ends the run with exit status 130 (128 + SIGINT), after the threads."""
import threading
import time


def worker():
    time.sleep(0.2)
    print("worker done")


threading.Thread(target=worker).start()
print("main interrupted")
raise KeyboardInterrupt
