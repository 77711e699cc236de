"""cancel() twice: return values, cancelling() counts, and which message wins."""
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("sleeper caught", e.args, asyncio.current_task().cancelling())
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("one"), t.cancelling())
    print(t.cancel("two"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main caught", e.args)
    print(t.cancel("three"), t.cancelling(), t.cancelled())

    t2 = asyncio.create_task(sleeper())
    print(t2.cancel("a"), t2.cancel("b"), t2.cancelling())
    try:
        await t2
    except asyncio.CancelledError as e:
        print("main caught t2", e.args)


asyncio.run(main())
