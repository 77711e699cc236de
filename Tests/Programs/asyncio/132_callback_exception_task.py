"""An exception in a task's done callback is reported; the awaiting task still resumes."""
import asyncio


async def work():
    await asyncio.sleep(0.1)
    return 5


async def main():
    t = asyncio.create_task(work())

    def cb(f):
        raise RuntimeError(f"callback saw {f.result()}")

    t.add_done_callback(cb)
    print("result", await t)
    await asyncio.sleep(0)
    print("after")


asyncio.run(main())
