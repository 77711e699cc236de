"""TaskGroup with several children failing at the same time: error order follows completion order."""
import asyncio


async def fail(d, exc):
    await asyncio.sleep(d)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.2, KeyError("k")))
            tg.create_task(fail(0.1, ValueError("v1")))
            tg.create_task(fail(0.1, ValueError("v2")))
            tg.create_task(fail(0.2, TypeError("t")))
            tg.create_task(fail(0.3, OSError("never raised")))
    except ExceptionGroup as eg:
        print(str(eg), [repr(e) for e in eg.exceptions])
        print(type(eg).__name__, eg.message)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.1, ValueError("child")))
            await asyncio.sleep(1)
    except ExceptionGroup as eg:
        print(str(eg), [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.1, ValueError("child")))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise RuntimeError("body converted cancel")
    except ExceptionGroup as eg:
        print(str(eg), [repr(e) for e in eg.exceptions])


asyncio.run(main())
