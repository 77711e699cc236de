# yield from: delegation to sub-generators, their return values, and send/throw/close passing through.

def read_block(name, size):
    print(f"  open {name}")
    received = []
    for i in range(size):
        got = yield f"{name}[{i}]"
        if got is not None:
            received.append(got)
    print(f"  close {name}")
    return {"block": name, "acks": received}


def read_all(names):
    summaries = []
    for name in names:
        summary = yield from read_block(name, 2)
        summaries.append(summary)
    yield from ["trailer-1", "trailer-2"]
    return summaries


reader = read_all(["a", "b"])
print(next(reader))
print(reader.send("ack-a0"))
print(next(reader))
print(reader.send("ack-b1"))
print(next(reader))
print(next(reader))
try:
    next(reader)
except StopIteration as stop:
    print("summaries:", stop.value)


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


print(list(flatten([1, [2, [3, 4], []], [[5]], 6])))


def worker():
    try:
        while True:
            job = yield
            print("  worker got", job)
    except KeyError as e:
        print("  worker handled", repr(e))
        return "recovered"
    finally:
        print("  worker finally")


def manager():
    result = yield from worker()
    print("  manager: worker returned", result)
    yield "manager continues"


m = manager()
next(m)
m.send("job-1")
print(m.throw(KeyError("boom")))

m2 = manager()
next(m2)
m2.close()
print("closed through the delegation")


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", range(2), (x * x for x in range(3)), {"k": 1})))
