"""A task cancelled before its first step never runs its body; the done callback sees it cancelled."""
import asyncio


async def body():
    print("body ran")
    return 1


async def main():
    t = asyncio.create_task(body())
    t.add_done_callback(lambda f: print("callback: cancelled", f.cancelled()))
    print(t.cancel("early"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("got", e.args)
    t2 = asyncio.create_task(body())
    t2.cancel()
    t2.uncancel()
    print("after uncancel", t2.cancelling())
    try:
        await t2
        print("t2 ran")
    except asyncio.CancelledError:
        print("t2 still cancelled")


asyncio.run(main())
