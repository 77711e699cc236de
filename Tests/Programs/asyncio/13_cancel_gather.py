"""Cancelling a gather future cancels every child that is still running."""
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print("child", name, "finished")
        return name
    except asyncio.CancelledError:
        print("child", name, "cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    tasks = [asyncio.create_task(child(f"c{i}", 0.1 * i), name=f"c{i}") for i in range(1, 4)]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.15)
    print("cancel returns", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("gather cancelled:", g.cancelled())
    for t in tasks:
        print(t.get_name(), "done", t.done(), "cancelled", t.cancelled())
    print("cancel again returns", g.cancel())


asyncio.run(main())
