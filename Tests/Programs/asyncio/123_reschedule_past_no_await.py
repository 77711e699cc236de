"""Timeout rescheduled into the past but the block exits before the loop runs: no timeout."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() - 1)
        print("in block")
    print("exited, expired =", cm.expired())
    await asyncio.sleep(0)
    print("next iteration, cancelling =", asyncio.current_task().cancelling())
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(1)
        cm.reschedule(None)
        await asyncio.sleep(10)
    print(loop.time(), cm.when())


asyncio.run(main())
