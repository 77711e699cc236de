"""Async generators abandoned mid-stream: their cleanup runs as asyncio finalizes them."""
import asyncio


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


async def first_match(stream, wanted):
    async for item in stream:
        if item == wanted:
            return item
    return None


async def main():
    found = await first_match(ticker("a", 10), 2)
    print("found", found)
    await asyncio.sleep(0.05)
    print("after sleep")
    gen = ticker("b", 5)
    print("first of b:", await gen.__anext__())
    async for line in lines(["x\n", "stop\n", "y\n"]):
        if line == "stop":
            break
        print("line", line)
    print("main done")


asyncio.run(main())
print("after run")
