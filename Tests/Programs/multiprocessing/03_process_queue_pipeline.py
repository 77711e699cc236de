"""Process + Queue: a producer and two consumers connected by queues, stopped with sentinels."""
from multiprocessing import Process, Queue, current_process
import queue
import sim

STOP = None


def produce(jobs, count, consumers):
    for n in range(count):
        sim.cpu(0.005)
        jobs.put({"id": n, "payload": "x" * n})
    for _ in range(consumers):
        jobs.put(STOP)


def consume(jobs, results):
    me = current_process().name
    handled = 0
    while True:
        job = jobs.get()
        if job is STOP:
            break
        sim.cpu(0.01)
        handled += 1
        results.put((job["id"], len(job["payload"])))
    results.put(("done", me, handled > -1))


class Reporter(Process):
    def __init__(self, results, label):
        super().__init__()
        self.results = results
        self.label = label

    def run(self):
        self.results.put(("report", self.label, current_process().name))


if __name__ == "__main__":
    jobs, results = Queue(), Queue()
    producer = Process(target=produce, args=(jobs, 8, 2), name="producer")
    consumers = [Process(target=consume, args=(jobs, results)) for _ in range(2)]
    print(producer.name, [c.name for c in consumers], producer.is_alive(), producer.exitcode)
    producer.start()
    for c in consumers:
        c.start()
    producer.join()
    for c in consumers:
        c.join()
    print(producer.exitcode, [c.exitcode for c in consumers], [c.is_alive() for c in consumers])

    items = [results.get() for _ in range(10)]
    print(sorted(i for i in items if i[0] != "done"))
    print(sorted(i for i in items if i[0] == "done"))

    reporter = Reporter(results, "sub")
    reporter.start()
    reporter.join()
    print(results.get(), reporter.exitcode)
    try:
        results.get(timeout=0.05)
    except queue.Empty:
        print("results empty")
    try:
        reporter.start()
    except AssertionError as exc:
        print("AssertionError:", exc)
