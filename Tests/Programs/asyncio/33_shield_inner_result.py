"""shield passes results and exceptions through; cancelling the inner task cancels the outer."""
import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    return v


async def boom():
    await asyncio.sleep(0.1)
    raise LookupError("inner boom")


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.shield(value(7, 0.2)), loop.time())
    try:
        await asyncio.shield(boom())
    except LookupError as e:
        print("exception passes:", repr(e), loop.time())
    inner = asyncio.create_task(value(1, 5))
    outer = asyncio.shield(inner)
    loop.call_later(0.5, inner.cancel)
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled because inner was:", outer.cancelled(), inner.cancelled(), loop.time())
    done = loop.create_future()
    done.set_result("ready")
    print(await asyncio.shield(done))


asyncio.run(main())
