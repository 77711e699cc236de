"""A failing TaskGroup child cancels its siblings; the group raises an ExceptionGroup."""
import asyncio


async def sibling(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise


async def failing(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("fast", 0.1))
            tg.create_task(failing(0.2, ValueError("bad value")))
            tg.create_task(failing(0.2, TypeError("bad type")))
            tg.create_task(sibling("slow", 1.0))
    except ExceptionGroup as eg:
        print("caught", type(eg).__name__, len(eg.exceptions))
        print(repr(eg.exceptions))
        print([type(e).__name__ for e in eg.exceptions])
        print(eg.args[0])
    print("time", asyncio.get_running_loop().time())


asyncio.run(main())
