"""main_thread, enumerate, active_count, get_native_id and the 3.11 camelCase spellings."""
import threading
import time


def idle(seconds):
    time.sleep(seconds)


print(threading.main_thread() is threading.current_thread(), threading.main_thread().name)
workers = [threading.Thread(target=idle, args=(0.1 * (i + 1),), name=f"idle-{i}") for i in range(3)]
for w in workers:
    w.start()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(isinstance(threading.get_native_id(), int), threading.main_thread().native_id == threading.get_native_id())
print(len({w.native_id for w in workers}), all(w.ident != threading.get_ident() for w in workers))
workers[0].join()
print(threading.active_count(), workers[0].is_alive())
for w in workers:
    w.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
w = threading.Thread(target=idle, args=(0,))
w.setName("renamed")
w.setDaemon(True)
print(w.getName(), w.isDaemon(), threading.currentThread().name, threading.activeCount())
print(threading.TIMEOUT_MAX > 1e9)
