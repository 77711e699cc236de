"""Job priorities ordered with total_ordering and cmp_to_key; results formatted by singledispatch."""
from functools import total_ordering, cmp_to_key, singledispatch, cached_property, reduce, partial
import queue


@total_ordering
class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __eq__(self, other):
        return self.priority == other.priority

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return f"Job({self.priority}, {self.name!r})"

    @cached_property
    def slug(self):
        print(f"  (slugging {self.name})")
        return self.name.lower().replace(" ", "-")


jobs = [Job(3, "Send Mail"), Job(1, "Resize Images"), Job(2, "Build Index")]
q = queue.PriorityQueue()
for job in jobs:
    q.put(job)
while not q.empty():
    job = q.get()
    print(job, job.slug, job.slug)
print(Job(1, "a") <= Job(1, "b"), Job(2, "a") > Job(1, "b"), Job(1, "a") >= Job(2, "b"))


def by_length_then_text(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(["pear", "fig", "apple", "kiwi"], key=cmp_to_key(by_length_then_text)))


@singledispatch
def render(result):
    return f"? {result!r}"


@render.register(int)
def _(result):
    return f"int:{result}"


@render.register(dict)
def _(result):
    return "{" + ", ".join(f"{k}={render(v)}" for k, v in result.items()) + "}"


@render.register(list)
@render.register(tuple)
def _(result):
    return "[" + " ".join(render(x) for x in result) + "]"


print(render(5), render({"a": 1, "b": [2, (3, "x")]}), render(2.5))
print(set(render.registry) >= {int, dict, list, tuple, object})
product = partial(reduce, lambda a, b: a * b)
print(product([1, 2, 3, 4]), product([], 1))
