"""Every way of importing the concurrency modules names the same objects."""
from concurrent import futures
import concurrent.futures as cf
import concurrent.futures
import threading as th
from threading import Thread, Lock as Mutex
from queue import Queue, Empty
import queue as q

print(futures is cf, cf is concurrent.futures)
print(futures.ThreadPoolExecutor is cf.ThreadPoolExecutor, futures.Future.__name__)
print(th.Thread is Thread, type(Mutex()).__name__, th.current_thread().name)
print(Queue is q.Queue, Empty is q.Empty)
with futures.ThreadPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(len, ["a", "bb", "ccc"])))
try:
    from concurrent import nothing_here
except ImportError as e:
    print("ImportError")
