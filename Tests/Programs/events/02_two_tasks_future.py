"""A task waits on a future that a timer resolves; the main task awaits it."""
import asyncio


async def waiter(fut):
    value = await fut
    return value * 2


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(waiter(fut))
    loop.call_later(0.1, fut.set_result, 21)
    print(await task)


asyncio.run(main())
