import threading

lock = threading.Lock()


def numbers(label):
    try:
        for i in range(10):
            yield i
    finally:
        print(f"{label}: cleanup")


def guarded():
    with lock:
        yield "a"
        yield "b"


for n in numbers("loop"):
    if n == 2:
        break
print("after loop")
g = numbers("reassigned")
next(g)
g = None
print("after reassign")
for item in guarded():
    print("got", item)
    break
print("lock free:", lock.acquire(blocking=False))
lock.release()


def stubborn():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")


s = stubborn()
next(s)
del s
print("after stubborn")


def worker():
    for x in numbers("thread"):
        if x == 1:
            break
    print("worker done")


t = threading.Thread(target=worker)
t.start()
t.join()
print(sum(x for x in numbers("genexp-sum") if x < 3))
print(next(numbers("next-only")))
print("end")
