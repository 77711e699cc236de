"""asyncio.wait with FIRST_EXCEPTION, FIRST_COMPLETED and timeout=0."""
import asyncio


async def ok(d, v):
    await asyncio.sleep(d)
    return v


async def bad(d):
    await asyncio.sleep(d)
    raise ValueError(d)


def names(s):
    return sorted(t.get_name() for t in s)


async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(ok(0.2, 1), name="ok1"), asyncio.create_task(bad(0.1), name="bad"), asyncio.create_task(ok(0.3, 2), name="ok2")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending), loop.time())
    done, pending = await asyncio.wait(ts, timeout=0)
    print(names(done), names(pending), loop.time())
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending), loop.time())
    done, pending = await asyncio.wait(ts, timeout=0.05)
    print(names(done), names(pending), loop.time())
    done, pending = await asyncio.wait(ts)
    print(names(done), names(pending), loop.time())
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)
    try:
        await asyncio.wait(ts, return_when="bogus")
    except ValueError as e:
        print("ValueError", e)
    c = ok(0, 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError", e)
    await c


asyncio.run(main())
