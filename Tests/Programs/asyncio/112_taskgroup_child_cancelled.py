"""TaskGroup: a child cancelled from outside is not an error; the group finishes normally."""
import asyncio


async def child(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(child("a", 1))
        b = tg.create_task(child("b", 2))
        loop.call_later(0.5, a.cancel)
    print(a.cancelled(), b.result(), loop.time())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c", 1))
            tg.create_task(child("d", 2))
            raise asyncio.CancelledError("body cancelled itself")
    except asyncio.CancelledError as e:
        print("CancelledError", e.args, loop.time(), asyncio.current_task().cancelling())


asyncio.run(main())
