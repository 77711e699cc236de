"""repr/str of Timeout, Queue and the lock primitives (address-free parts)."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(repr(asyncio.timeout(1)))
    async with asyncio.timeout_at(loop.time() + 2.5) as cm:
        print(repr(cm))
    print(repr(cm))
    q = asyncio.Queue(maxsize=3)
    q.put_nowait(1)
    print(str(q))
    print(str(asyncio.LifoQueue()))
    lock = asyncio.Lock()
    print(repr(lock)[-10:])
    print(repr(asyncio.Event())[-7:])
    print(repr(asyncio.Semaphore(2))[-18:])


asyncio.run(main())
