"""TaskGroup whose parent task is cancelled from outside: children are cancelled, CancelledError propagates."""
import asyncio


LOG = []


async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        LOG.append((name, "cancelled", e.args))
        raise


async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            tg.create_task(child("c2"))
            await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(sorted(LOG))
        print("parent got", e.args, asyncio.current_task().cancelling())
        raise


async def main():
    loop = asyncio.get_running_loop()
    p = asyncio.create_task(parent())
    await asyncio.sleep(1)
    p.cancel("from main")
    try:
        await p
    except asyncio.CancelledError as e:
        print("main got", e.args, loop.time())


asyncio.run(main())
