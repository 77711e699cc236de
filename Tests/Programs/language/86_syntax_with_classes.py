# Class decorators, class patterns with __match_args__, async iteration over a class, yield from over a class.
import asyncio

def register(cls):
    print("registering", cls.__name__)
    return cls

def tagged(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco

@register
@tagged("geo")
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"x-axis {x}"
        case Point(x=0, y=y):
            return f"y-axis {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
print(Point.tag, [where(Point(a, b)) for a, b in [(0, 0), (3, 0), (0, 4), (2, 2), (1, 5)]])

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        self.n -= 1
        return self.n

class Repeater:
    def __init__(self, v, n):
        self.v, self.n = v, n
    def __iter__(self):
        return iter([self.v] * self.n)

def gen():
    yield from Repeater("r", 2)
    return "ok"

async def main():
    async for v in Countdown(3):
        print("countdown", v)
    print([v async for v in Countdown(2)])
    print(await anext(Countdown(1)))

print(list(gen()))
asyncio.run(main())

class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
print(list(Node(1, [Node(2, [Node(3)]), Node(4)])))
