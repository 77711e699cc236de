# Structures far deeper than the recursion limit: Python code builds them in loops, and the
# interpreter's own recursive operations (repr, ==, freeing) must raise or cope, never crash.


def nested_list(depth):
    x = []
    for _ in range(depth):
        x = [x]
    return x


def nested_dict(depth):
    d = {}
    for i in range(depth):
        d = {"child": d, "level": i}
    return d


def report(name, operation):
    try:
        result = operation()
        print(name, "->", type(result).__name__)
    except RecursionError as e:
        print(name, "-> RecursionError:", e)


deep = nested_list(100_000)
other = nested_list(100_000)
report("repr of a deep list", lambda: repr(deep))
report("str of a deep list", lambda: str(deep))
report("f-string of a deep list", lambda: f"{deep!r}")
report("== of two deep lists", lambda: deep == other)
report("!= of two deep lists", lambda: deep != other)
report("repr of a deep dict", lambda: repr(nested_dict(100_000)))
report("hash of a deep list", lambda: len(deep))


def nested_tuple(depth):
    t = ()
    for i in range(depth):
        t = (t, i) if i % 2 else (t,)
    return t


deep_tuple = nested_tuple(100_000)
print("hash of a deep tuple is stable:", hash(deep_tuple) == hash(deep_tuple))
print("equal deep tuples hash alike:", hash(deep_tuple) == hash(nested_tuple(100_000)))
print("a deep tuple as a dict key:", {deep_tuple: "found"}[deep_tuple])

a = []
b = [a]
a.append(b)
report("lists that contain each other", lambda: a == b)
print("self-containing repr:", repr(a), repr(b))

# Dropping them frees 100,000 levels each, one after the other.
del deep, other
print("freed the deep lists")
chain = nested_list(200_000)
chain = None
print("freed by rebinding")


linked = None
for i in range(100_000):
    linked = (i, linked)
print("linked list head:", linked[0], linked[1][0])
linked = None
print("freed the linked list")
