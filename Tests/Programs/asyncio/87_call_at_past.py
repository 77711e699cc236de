"""call_at in the past runs in the next iteration, after call_soon handles, ordered by deadline."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    log = []
    loop.call_soon(log.append, "soon1")
    loop.call_at(loop.time() - 5, log.append, "at-5")
    loop.call_at(loop.time() - 0.5, log.append, "at-0.5")
    loop.call_at(0, log.append, "at0")
    loop.call_later(0, log.append, "later0")
    loop.call_soon(log.append, "soon2")
    h = loop.call_at(loop.time() - 1, log.append, "cancelled")
    h.cancel()
    print(h.cancelled(), h.when())
    await asyncio.sleep(0)
    print(log)
    await asyncio.sleep(0)
    print(log, loop.time())


asyncio.run(main())
