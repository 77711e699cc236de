"""Failing tasks kept in a list until main returns: reports come when the list is freed."""
import asyncio


async def bad(name):
    await asyncio.sleep(0.1)
    raise ValueError(name)


async def main():
    ts = [asyncio.create_task(bad(n)) for n in ("first", "second", "third")]
    await asyncio.sleep(0.5)
    print("main done", [t.done() for t in ts])


asyncio.run(main())
