"""TaskGroup whose child raises after the body finished; siblings get cancelled."""
import asyncio


async def fail_later(d):
    await asyncio.sleep(d)
    raise RuntimeError(f"fail at {d}")


async def slow(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args, asyncio.get_running_loop().time())
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_later(1))
            tg.create_task(slow("s1"))
            tg.create_task(fail_later(2))
            print("body done")
    except ExceptionGroup as eg:
        print(repr(eg), loop.time())
        for e in eg.exceptions:
            print(" ", repr(e))
    tg2 = asyncio.TaskGroup()
    async with tg2:
        t = tg2.create_task(asyncio.sleep(0.1, "x"))
    print("t result", t.result())


asyncio.run(main())
