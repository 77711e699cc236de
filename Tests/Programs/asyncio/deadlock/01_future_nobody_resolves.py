"""A task awaits a future nobody resolves: CPython would hang; the report names the await."""
import asyncio


async def waiter(fut):
    print("waiting for the future")
    await fut


async def main():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(waiter(fut))
    await asyncio.sleep(1.5)
    await task


asyncio.run(main())
