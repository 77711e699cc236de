"""Cancelling a task that is ready after a bare yield delivers CancelledError at that sleep(0)."""
import asyncio


async def spinner(log):
    i = 0
    try:
        while True:
            i += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        log.append((i, e.args))
        raise


async def main():
    log = []
    t = asyncio.create_task(spinner(log))
    for _ in range(3):
        await asyncio.sleep(0)
    print(t.cancel("spin"), t.cancelling())
    print(t.cancel("again"), t.cancelling())
    await asyncio.gather(t, return_exceptions=True)
    print(log)


asyncio.run(main())
