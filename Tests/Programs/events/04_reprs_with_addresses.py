"""Reprs that show addresses: asyncviz numbers objects deterministically, so the log is the same every run."""
import asyncio


async def main():
    lock = asyncio.Lock()
    print(lock)
    print(main)
    async with lock:
        print(repr(lock)[-8:])
    return lock


asyncio.run(main())
