"""gather(return_exceptions=True) puts exceptions (including CancelledError) in the result list."""
import asyncio


async def ok(x):
    await asyncio.sleep(0.1 * x)
    return x * 10


async def bad(x):
    await asyncio.sleep(0.1 * x)
    raise KeyError(x)


async def sleeper():
    await asyncio.sleep(10)


async def main():
    victim = asyncio.create_task(sleeper())
    asyncio.get_running_loop().call_later(0.15, victim.cancel)
    res = await asyncio.gather(ok(1), bad(2), ok(3), victim, bad(0), return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r) if not isinstance(r, asyncio.CancelledError) else "")
    print("time", asyncio.get_running_loop().time())


asyncio.run(main())
