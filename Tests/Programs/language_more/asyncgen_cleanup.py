"""Async generators abandoned mid-stream: asyncio closes them as CPython's loop hooks do."""
import asyncio

kept = []


async def ticker(name, limit):
    try:
        for i in range(limit):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print(f"{name}: closing")
        await asyncio.sleep(0)
        print(f"{name}: closed")


async def lines(source):
    try:
        for line in source:
            yield line.strip()
    except GeneratorExit:
        print("lines: GeneratorExit")
        raise
    finally:
        print("lines: released")


async def stubborn():
    try:
        yield 1
    finally:
        raise ValueError("cannot close cleanly")


async def first_match(stream, wanted):
    async for item in stream:
        if item == wanted:
            return item
    return None


async def reader(name):
    async for line in lines([f"{name}-1\n", f"{name}-2\n"]):
        print("read", line)
        return line


async def main():
    found = await first_match(ticker("a", 10), 2)
    print("found", found)
    await asyncio.sleep(0.05)
    print("after sleep")
    print(await asyncio.gather(reader("r1"), reader("r2")))
    await asyncio.sleep(0)
    print("readers done")
    explicit = ticker("e", 3)
    print("first of e:", await explicit.__anext__())
    await explicit.aclose()
    print("e closed explicitly")
    survivor = ticker("s", 5)
    print("first of s:", await anext(survivor))
    kept.append(survivor)
    bad = stubborn()
    print("stubborn:", await bad.__anext__())
    kept.append(bad)
    gen = ticker("b", 5)
    print("first of b:", await gen.__anext__())
    async for line in lines(["x\n", "stop\n", "y\n"]):
        if line == "stop":
            break
        print("line", line)
    print("main done")


asyncio.run(main())
print("after run", len(kept))
