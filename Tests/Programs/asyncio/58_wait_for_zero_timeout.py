"""wait_for with timeout 0 or negative: done futures return, pending ones time out immediately."""
import asyncio


async def instant():
    return "instant"


async def sleepy():
    await asyncio.sleep(1)
    return "sleepy"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, 0))
    try:
        print(await asyncio.wait_for(instant(), 0))
    except TimeoutError:
        print("instant() timed out with timeout=0")
    for timeout in [0, -1]:
        try:
            await asyncio.wait_for(sleepy(), timeout)
        except TimeoutError:
            print("sleepy timed out with", timeout, "at", loop.time())
    print(await asyncio.wait_for(sleepy(), 1.0000001), loop.time())


asyncio.run(main())
