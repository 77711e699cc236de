# asyncio with NaN delays: CPython runs a NaN-timed callback at the next loop iteration.
import asyncio


async def sleeper():
    await asyncio.sleep(float("nan"))
    print("sleep(nan) returned")


async def scheduler():
    loop = asyncio.get_running_loop()
    loop.call_at(float("nan"), print, "call_at(nan) ran")
    loop.call_later(float("nan"), print, "call_later(nan) ran")
    print("scheduled")
    await asyncio.sleep(0.1)
    print("after sleep(0.1)")


asyncio.run(sleeper())
asyncio.run(scheduler())
