"""gather without return_exceptions: first error propagates, other children keep running."""
import asyncio


async def ok(d, log):
    await asyncio.sleep(d)
    log.append(("ok", d, asyncio.get_running_loop().time()))
    return d


async def bad(d):
    await asyncio.sleep(d)
    raise ValueError(f"bad {d}")


async def main():
    loop = asyncio.get_running_loop()
    log = []
    g = asyncio.gather(ok(0.3, log), bad(0.1), bad(0.2), ok(0.05, log))
    try:
        await g
    except ValueError as e:
        print("caught", repr(e), loop.time(), g.done())
    print("cancel after error:", g.cancel())
    await asyncio.sleep(0.5)
    print(log)


asyncio.run(main())
