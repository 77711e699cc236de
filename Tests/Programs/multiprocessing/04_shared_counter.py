"""Value and Array in shared memory: processes update them under the value's own lock."""
from multiprocessing import Array, Lock, Process, Value
import sim


def add_many(counter, times):
    for _ in range(times):
        sim.cpu(0.001)
        with counter.get_lock():
            counter.value += 1


def fill_squares(row, start, stop, lock, total):
    for i in range(start, stop):
        row[i] = i * i
        with lock:
            total.value += i * i


if __name__ == "__main__":
    counter = Value("i", 0)
    print(counter, counter.value)
    workers = [Process(target=add_many, args=(counter, 50)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("counter:", counter.value)

    row = Array("i", 10)
    total = Value("d", 0.0, lock=False)
    lock = Lock()
    halves = [Process(target=fill_squares, args=(row, a, b, lock, total)) for a, b in ((0, 5), (5, 10))]
    for h in halves:
        h.start()
    for h in halves:
        h.join()
    print(row[:], len(row), row[3], total, total.value == sum(row))

    small = Value("b", 127)
    small.value += 1
    print(small.value, Value("d", 2).value, Array("d", [0.5, 1]).get_obj()[1])
    try:
        counter.value = 1.5
    except TypeError as exc:
        print("TypeError:", exc)
    print(lock, counter.get_lock())
