"""sim.cpu inside coroutines delays timers; late timers fire together."""
import asyncio
import sim


async def busy(name, secs):
    loop = asyncio.get_running_loop()
    print(name, "start", loop.time())
    sim.cpu(secs)
    print(name, "after cpu", loop.time())
    await asyncio.sleep(0)
    print(name, "resumed", loop.time())


async def main():
    loop = asyncio.get_running_loop()
    log = []
    for d in (0.1, 0.2, 0.35, 0.5):
        loop.call_later(d, lambda d=d: log.append((d, loop.time())))
    await asyncio.gather(busy("a", 0.3), busy("b", 0.15))
    print("gathered", loop.time())
    await asyncio.sleep(0.5)
    print(log)


asyncio.run(main())
