"""Cancelling a Condition.wait while another task holds the lock: the lock is reacquired before CancelledError."""
import asyncio


async def main():
    cond = asyncio.Condition()
    log = []

    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                log.append(("cancelled, holds lock", cond.locked()))
                raise

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(("holder still has it", t.done()))
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw cancel")
    print(log, cond.locked())
    async with cond:
        r = await asyncio.wait_for(cond.wait_for(lambda: True), 1)
        print("wait_for true predicate", r)


asyncio.run(main())
