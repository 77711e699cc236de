import asyncio
import queue
from functools import singledispatch
from collections import deque

def f(a: int, b: str = "x", *rest: float, key: "K" = None, **extra: bool) -> list[int]:
    return [a]

print(f.__annotations__, f(1))
def g(): pass
print(g.__annotations__)

@singledispatch
def show(x):
    return "object"

@show.register
def _(x: int):
    return f"int {x}"

@show.register
def _(x: list):
    return f"list {len(x)}"

print(show(3), show([1, 2]), show("s"))

async def worker(q: asyncio.Queue[int], out: "list[int]") -> None:
    while not q.empty():
        out.append(await q.get())

async def main() -> None:
    q: asyncio.Queue[int] = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    out: list[int] = []
    await worker(q, out)
    print(out, asyncio.Queue[int], queue.Queue[str], deque[int])

asyncio.run(main())
