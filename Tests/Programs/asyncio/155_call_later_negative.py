"""call_later with a negative delay (and sleep(inf)) is accepted by CPython."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    log = []
    h = loop.call_later(-0.5, log.append, "negative")
    print(h.when())
    await asyncio.sleep(0)
    print(log)
    try:
        await asyncio.wait_for(asyncio.sleep(float("inf")), 1)
    except TimeoutError:
        print("timeout at", loop.time())


asyncio.run(main())
