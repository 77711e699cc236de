"""Task steps and call_soon callbacks share one FIFO ready queue."""
import asyncio


async def worker(name):
    print(name, "step 1")
    await asyncio.sleep(0)
    print(name, "step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon 1")
    t = asyncio.create_task(worker("w1"))
    loop.call_soon(print, "soon 2")
    u = asyncio.create_task(worker("w2"))
    loop.call_soon(print, "soon 3")
    print("main yields")
    await asyncio.sleep(0)
    print("main back")
    loop.call_soon(print, "soon 4")
    await t
    await u
    print("main done")


asyncio.run(main())
