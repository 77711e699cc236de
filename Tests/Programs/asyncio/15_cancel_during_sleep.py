"""Cancelling a task while it sleeps raises CancelledError at the await point right away."""
import asyncio


async def sleeper():
    loop = asyncio.get_running_loop()
    print("sleeping at", loop.time())
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("woken by cancel at", loop.time())
        raise
    finally:
        print("cleanup at", loop.time())


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(1.5)
    t.cancel()
    print("requested cancel at", loop.time(), "done:", t.done())
    await asyncio.sleep(0)
    print("after one step done:", t.done(), "cancelled:", t.cancelled())
    await asyncio.sleep(10)
    print("end", loop.time())


asyncio.run(main())
