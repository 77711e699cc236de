"""A bound method as target names the thread after the method: Thread-N (append), Thread-N (put), Thread-N (set)."""
import queue
import threading

items = []
q = queue.Queue()
done = threading.Event()
threads = [
    threading.Thread(target=items.append, args=(1,)),
    threading.Thread(target=q.put, args=(2,)),
    threading.Thread(target=done.set),
    threading.Thread(target="text".upper),
]
print([t.name for t in threads])
print(items.append.__name__, q.put.__name__, done.set.__name__)
for t in threads:
    t.start()
    t.join()
print(items, q.get(), done.is_set())
