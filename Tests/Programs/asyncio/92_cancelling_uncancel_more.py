"""cancelling() counts, uncancel() after catching, and a task continuing after uncancel."""
import asyncio


async def worker():
    me = asyncio.current_task()
    for round in range(3):
        try:
            await asyncio.sleep(1)
            print("slept", round)
        except asyncio.CancelledError as e:
            print("caught", e.args, "cancelling", me.cancelling())
            print("uncancel ->", me.uncancel(), "now", me.cancelling())
    print("uncancel extra ->", me.uncancel())
    return "finished"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    t.cancel("c1")
    t.cancel("c2")
    print("cancelling before run", t.cancelling())
    await asyncio.sleep(0)
    print("after one step", t.cancelling())
    print(await t, loop.time(), t.cancelling())


asyncio.run(main())
