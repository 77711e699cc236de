"""gather without return_exceptions propagates the first error; the other children keep running."""
import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print("ok finished", name, asyncio.get_running_loop().time())
    return name


async def bad(delay, msg):
    await asyncio.sleep(delay)
    print("raising", msg)
    raise ValueError(msg)


async def main():
    a = asyncio.create_task(ok("a", 0.3))
    try:
        await asyncio.gather(a, bad(0.1, "first"), bad(0.2, "second"))
    except ValueError as e:
        print("caught", repr(e), asyncio.get_running_loop().time())
    print("a done?", a.done(), "cancelled?", a.cancelled())
    await asyncio.sleep(0.5)
    print("a done?", a.done(), "result", a.result())


asyncio.run(main())
