"""KeyboardInterrupt raised inside a task propagates out of asyncio.run."""
import asyncio


async def child():
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt


async def main():
    t = asyncio.create_task(child())
    try:
        await t
    except BaseException as e:
        print("never", repr(e))


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("caught KeyboardInterrupt outside")
