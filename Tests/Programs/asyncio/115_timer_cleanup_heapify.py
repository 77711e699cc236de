"""Many equal-deadline timers with most cancelled: heap clean-up must keep CPython's pop order."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    hs = []
    for i in range(150):
        hs.append(loop.call_later(1, log.append, i))
    for i in range(150):
        if i % 5 != 0:
            hs[i].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(1.5)
    print(log)
    log.clear()
    hs = [loop.call_later(0.5 + (i % 3) * 0.25, log.append, i) for i in range(120)]
    for h in hs[10:90]:
        h.cancel()
    await asyncio.sleep(2)
    print(log)


asyncio.run(main())
