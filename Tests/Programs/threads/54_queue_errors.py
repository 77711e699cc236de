"""queue misuse: Full and Empty (empty messages), negative timeouts, task_done too often, SimpleQueue has no task_done."""
import queue


def show(label, call):
    try:
        print(label, "->", call())
    except Exception as e:
        print(label, "->", type(e).__name__, repr(str(e)), isinstance(e, Exception))


q = queue.Queue(2)
show("put_nowait 1", lambda: q.put_nowait(1))
show("put_nowait 2", lambda: q.put_nowait(2))
show("put_nowait 3", lambda: q.put_nowait(3))
show("put(3, False)", lambda: q.put(3, False))
show("put timeout=-1", lambda: q.put(3, timeout=-1))
show("get timeout=-1", lambda: q.get(timeout=-1))
show("get_nowait", q.get_nowait)
show("get", q.get)
show("get_nowait empty", q.get_nowait)
show("get(True, 0)", lambda: q.get(True, 0))
show("task_done", q.task_done)
show("task_done", q.task_done)
show("task_done once more", q.task_done)
show("join", q.join)
sq = queue.SimpleQueue()
show("SimpleQueue put", lambda: sq.put(1, block=False, timeout=5))
show("SimpleQueue get timeout=-1", lambda: (sq.get(), sq.get(timeout=-1)))
show("SimpleQueue task_done", lambda: sq.task_done())
unbounded = queue.Queue(-1)
for i in range(5):
    unbounded.put(i)
show("Queue(-1) full", unbounded.full)
show("Empty module", lambda: type(queue.Empty()).__module__)
