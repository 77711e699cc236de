"""Awaiting inside finally and except blocks while a cancellation unwinds nested coroutines."""
import asyncio


async def level3(log):
    try:
        await asyncio.sleep(10)
    finally:
        log.append("l3 finally start")
        await asyncio.sleep(0.1)
        log.append("l3 finally end")


async def level2(log):
    try:
        await level3(log)
    except asyncio.CancelledError as e:
        log.append(("l2 except", e.args))
        await asyncio.sleep(0.1)
        log.append("l2 except after sleep")
        raise
    finally:
        log.append("l2 finally")


async def level1(log):
    try:
        return await level2(log)
    finally:
        for i in range(2):
            await asyncio.sleep(0)
            log.append(f"l1 finally {i}")


async def main():
    log = []
    t = asyncio.create_task(level1(log))
    await asyncio.sleep(1)
    t.cancel("deep")
    r = await asyncio.gather(t, return_exceptions=True)
    print(repr(r[0]), asyncio.get_running_loop().time())
    for item in log:
        print(item)


asyncio.run(main())
