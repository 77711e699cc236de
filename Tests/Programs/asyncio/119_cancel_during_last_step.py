"""A task that cancels itself and then returns without awaiting ends cancelled."""
import asyncio


async def selfcancel():
    asyncio.current_task().cancel("me")
    return "returned"


async def catches():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "caught and returned"


async def main():
    t = asyncio.create_task(selfcancel())
    try:
        print(await t)
    except asyncio.CancelledError as e:
        print("cancelled", e.args, t.cancelled())
    t = asyncio.create_task(catches())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())


asyncio.run(main())
