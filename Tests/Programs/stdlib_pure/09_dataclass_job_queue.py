"""A job queue: dataclass jobs ordered by priority in a PriorityQueue, worked by threads; states are an Enum."""
import threading
import queue
from collections import Counter
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto


class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()


@dataclass(frozen=True)
class Settings:
    workers: int = 2
    retries: int = 1


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    payload: list = field(default_factory=list, compare=False, repr=False)
    state: State = field(default=State.PENDING, compare=False)

    def run(self):
        if not self.payload:
            raise ValueError(f"{self.name}: empty payload")
        return sum(self.payload)


settings = Settings()
jobs = queue.PriorityQueue()
for job in [Job(3, "report", [1, 2]), Job(1, "billing", [10, 20, 30]), Job(2, "cleanup"), Job(1, "alerts", [5])]:
    jobs.put(job)
print(settings, replace(settings, workers=4))

finished = []
lock = threading.Lock()


def worker():
    while True:
        try:
            job = jobs.get_nowait()
        except queue.Empty:
            return
        job.state = State.RUNNING
        try:
            result = job.run()
            job.state = State.DONE
        except ValueError as e:
            result = str(e)
            job.state = State.FAILED
        with lock:
            finished.append((job, result))
        jobs.task_done()


threads = [threading.Thread(target=worker, name=f"w{i}") for i in range(settings.workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()

for job, result in sorted(finished):
    print(f"{job.priority} {job.name:8} {job.state.name:6} {result}")
print(Counter(job.state for job, _ in finished).most_common())
print(asdict(sorted(finished)[0][0]))
print([s.name for s in State], State(3), State["FAILED"].value)
