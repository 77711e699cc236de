"""shield: the inner task cancelled directly cancels the outer; outer cancel leaves inner alone."""
import asyncio


async def work(d):
    await asyncio.sleep(d)
    return d


async def main():
    loop = asyncio.get_running_loop()
    inner = asyncio.create_task(work(1))
    outer = asyncio.shield(inner)
    loop.call_later(0.2, inner.cancel, "inner-msg")
    try:
        await outer
    except asyncio.CancelledError as e:
        print("outer cancelled", e.args, loop.time(), outer.cancelled())
    inner = asyncio.create_task(work(1))
    outer = asyncio.shield(inner)
    print("outer cancel", outer.cancel("o"), inner.cancelled())
    print("inner result", await inner, loop.time())


asyncio.run(main())
