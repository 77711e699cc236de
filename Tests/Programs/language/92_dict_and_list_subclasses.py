import threading


class Registry(dict):
    """Counts lookups of missing names; a dict otherwise."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.misses = 0

    def __missing__(self, key):
        self.misses += 1
        return f"<no {key}>"

    def register(self, name, value):
        self[name] = value
        return self


class Tagged(list):
    def __init__(self, tag, items=()):
        super().__init__(items)
        self.tag = tag

    def __repr__(self):
        return f"{self.tag}{list.__repr__(self)}"

    def append(self, item):
        super().append(item * 10)


class Loud(dict):
    def __setitem__(self, key, value):
        print(f"set {key}={value}")
        super().__setitem__(key, value)


r = Registry(a=1)
r.register("b", 2)
print(r, r["a"], r["zzz"], r.misses, len(r), "a" in r, list(r), r.get("b"), sorted(r.items()))
print(isinstance(r, dict), type(r).__name__, r == {"a": 1, "b": 2}, {"a": 1, "b": 2} == r, bool(Registry()))
t = Tagged("t", [1, 2])
t.append(3)
t += [4]
print(t, len(t), t[0], t[-1], t[1:3], sum(t), [x * 2 for x in t], isinstance(t, list), t + [5])
l = Loud()
l["x"] = 1
l.update(y=2)
print(l, dict(l), {**l}, list(l.keys()))
shared = Registry()
lock = threading.Lock()


def work(n):
    with lock:
        shared[n % 3] = shared.get(n % 3, 0) + n


threads = [threading.Thread(target=work, args=(i,)) for i in range(9)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(shared.items()), shared[99], shared.misses)


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), s.pop(), s, len(s), Stack([3, 1, 2]) == [3, 1, 2], sorted(Stack([3, 1, 2])))
