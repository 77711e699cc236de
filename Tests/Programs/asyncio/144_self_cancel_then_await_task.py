"""A task cancels itself and then awaits another task: the other task is cancelled via Task.cancel."""
import asyncio


async def other():
    try:
        await asyncio.sleep(1)
        return "other done"
    except asyncio.CancelledError as e:
        print("other got CancelledError", e.args)
        raise
    finally:
        print("other finally")


async def selfish(t):
    asyncio.current_task().cancel("self")
    try:
        return await t
    except asyncio.CancelledError as e:
        print("selfish got", e.args, "other done", t.done())
        raise


async def main():
    t = asyncio.create_task(other(), name="other")
    await asyncio.sleep(0)
    s = asyncio.create_task(selfish(t), name="selfish")
    try:
        await s
    except asyncio.CancelledError as e:
        print("main got", e.args)
    await asyncio.sleep(0)
    print(t.done(), t.cancelled())


asyncio.run(main())
