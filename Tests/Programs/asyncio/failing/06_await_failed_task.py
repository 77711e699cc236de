"""Awaiting a task that raised re-raises its exception out of asyncio.run."""
import asyncio


async def worker():
    await asyncio.sleep(0.2)
    print("worker raising")
    raise KeyError("missing key")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    print("worker done:", t.done(), "exception:", repr(t.exception()))
    await t
    print("not reached")


asyncio.run(main())
