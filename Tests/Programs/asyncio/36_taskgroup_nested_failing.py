"""A failing inner TaskGroup nests its ExceptionGroup inside the outer group's ExceptionGroup."""
import asyncio


async def fail(delay, msg):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def waiter(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(waiter("inner-waiter"))
        tg.create_task(fail(0.5, "inner"))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(waiter("outer-waiter"))
    except ExceptionGroup as eg:
        print("outer:", len(eg.exceptions), [type(e).__name__ for e in eg.exceptions])
        nested = eg.exceptions[0]
        print("nested:", type(nested).__name__, repr(nested.exceptions))
        print("leaf:", repr(nested.exceptions[0]))
    print("time", asyncio.get_running_loop().time())


asyncio.run(main())
