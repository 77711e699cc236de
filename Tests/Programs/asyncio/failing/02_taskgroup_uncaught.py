"""An ExceptionGroup from a failing TaskGroup that nobody catches ends the program."""
import asyncio


async def fail(msg, delay):
    await asyncio.sleep(delay)
    print("failing:", msg)
    raise RuntimeError(msg)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("first", 0.1))
        tg.create_task(fail("second", 0.2))
    print("not reached")


asyncio.run(main())
