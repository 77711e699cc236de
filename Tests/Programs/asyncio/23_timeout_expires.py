"""asyncio.timeout converts the cancellation at the deadline into TimeoutError outside the block."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    reached = []
    try:
        async with asyncio.timeout(1.5) as cm:
            print("deadline", cm.when())
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print("inside sees CancelledError at", loop.time())
                raise
            reached.append("after sleep")
    except TimeoutError:
        print("TimeoutError at", loop.time(), "expired:", cm.expired())
    print("reached:", reached)
    print("current task cancelling:", asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(0)
    except TimeoutError:
        print("zero timeout expired at", loop.time())
    try:
        async with asyncio.timeout(-1):
            print("body still starts")
            await asyncio.sleep(1)
    except TimeoutError:
        print("negative timeout expired at", loop.time())


asyncio.run(main())
