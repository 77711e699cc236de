"""Context managers, copies, heaps, bisect and weak references as tutorials use them: a timing decorator, a
resource that handles errors, ExitStack.pop_all, async exit stacks, __copy__/__deepcopy__, a priority queue."""
import asyncio, contextlib, copy, heapq, bisect, io, sys, weakref
from contextlib import contextmanager, asynccontextmanager, ExitStack, AsyncExitStack, ContextDecorator, suppress
class timed(ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("stop", exc[0].__name__ if exc[0] else None)
        return False
@timed()
def job(x):
    return x * 2
print(job(4))
@contextmanager
def resource(name):
    print("open", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", e)
    finally:
        print("close", name)
with resource("db") as r:
    print(r)
    raise KeyError("k")
with ExitStack() as stack:
    files = [stack.enter_context(resource(n)) for n in "ab"]
    later = stack.pop_all()
print("after block", files)
later.close()
with suppress(ValueError, TypeError):
    int("x")
print("suppressed")
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
@asynccontextmanager
async def conn(n):
    print("connect", n)
    await asyncio.sleep(0.1)
    yield n
    print("disconnect", n)
async def main():
    async with AsyncExitStack() as stack:
        got = [await stack.enter_async_context(conn(i)) for i in range(2)]
        stack.push_async_callback(asyncio.sleep, 0)
        print(got)
    async with conn(9) as c, contextlib.aclosing(agen()) as g:
        print(c, [x async for x in g])
async def agen():
    yield 1
    yield 2
asyncio.run(main())
class P:
    def __init__(self, xs): self.xs = xs
    def __copy__(self): print("copy!"); return P(self.xs)
    def __deepcopy__(self, memo): print("deepcopy!"); return P(copy.deepcopy(self.xs, memo))
p = P([1, [2]])
q, r = copy.copy(p), copy.deepcopy(p)
shared = [1]
c = copy.deepcopy({"a": shared, "b": shared})
print(c["a"] is c["b"], copy.deepcopy((1, 2)) == (1, 2), copy.copy({1, 2}), copy.replace if hasattr(copy, "replace") else None)
tasks = []
for pri, name in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "urgent2")]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))], heapq.nsmallest(2, [5, 1, 4], key=lambda v: -v), list(heapq.merge([1, 5], [2, 3], key=lambda v: v)))
scores = [60, 70, 80, 90]
print([("FDCBA")[bisect.bisect(scores, s)] for s in (33, 99, 77, 70, 89, 90, 100)])
class Obs:
    pass
o = Obs()
d = weakref.WeakKeyDictionary({o: 1})

print(len(d), weakref.getweakrefcount(o))
del o
print(len(d))
