# Coroutine-style generators: values sent in with send(), errors with throw(), shutdown with close().

def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as e:
            print("averager: bad value ignored:", e)
            continue
        except GeneratorExit:
            print(f"averager closing after {count} values")
            raise
        total += value
        count += 1
        average = total / count


avg = averager()
print(next(avg))
for v in [10, 20, 60]:
    print("average now", avg.send(v))
print(avg.throw(ValueError("not a number")))
print(avg.send(30))
avg.close()
avg.close()
try:
    avg.send(1)
except StopIteration:
    print("closed generator raises StopIteration")


def grep(pattern):
    print(f"looking for {pattern!r}")
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    finally:
        print("grep done:", matches)


g = grep("python")
g.send(None)
for line in ["i like python", "java is fine", "python generators", "go"]:
    g.send(line)
g.close()


def running_max():
    best = None
    while True:
        x = yield best
        if x is None:
            return best
        best = x if best is None else max(best, x)


r = running_max()
next(r)
for x in [3, 9, 4]:
    print("max so far", r.send(x))
try:
    r.send(None)
except StopIteration as stop:
    print("final", stop.value)

try:
    fresh = running_max()
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)

thrown = running_max()
try:
    thrown.throw(KeyError("early"))
except KeyError as e:
    print("thrown into a fresh generator:", repr(e))
print(next(thrown, "finished"))
