# A generator and an async generator driven by tasks: each is a state machine with one state per yield.
import asyncio


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    yield "liftoff"


async def ticks(name, count, every):
    for k in range(count):
        await asyncio.sleep(every)
        yield f"{name} tick {k}"


async def launch():
    seen = []
    for step in countdown(3):
        seen.append(step)
        await asyncio.sleep(0.1)
    return seen


async def watch(name):
    return [tick async for tick in ticks(name, 3, 0.15)]


async def main():
    launched, watched = await asyncio.gather(launch(), watch("radar"))
    print(launched)
    print(watched)


asyncio.run(main())
