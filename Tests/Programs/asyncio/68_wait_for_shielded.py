"""wait_for(shield(task)) times out but the shielded task keeps running to completion."""
import asyncio


async def work(log):
    await asyncio.sleep(2)
    log.append(f"work finished at {asyncio.get_running_loop().time()}")
    return 99


async def main():
    loop = asyncio.get_running_loop()
    log = []
    t = asyncio.create_task(work(log))
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=0.5)
    except TimeoutError:
        print("timed out at", loop.time(), "task done:", t.done(), "cancelled:", t.cancelled())
    try:
        async with asyncio.timeout(0.5):
            await asyncio.shield(t)
    except TimeoutError:
        print("timeout block expired at", loop.time())
    print("result:", await t, "at", loop.time())
    print(log)


asyncio.run(main())
