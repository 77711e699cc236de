"""call_soon callbacks run FIFO; callbacks scheduled from callbacks run in the next iteration."""
import asyncio


def cb(name, loop, depth):
    print("cb", name, depth)
    if depth < 2:
        loop.call_soon(cb, name + "'", loop, depth + 1)


async def main():
    loop = asyncio.get_running_loop()
    for name in ["a", "b", "c"]:
        loop.call_soon(cb, name, loop, 0)
    h = loop.call_soon(print, "cancelled handle")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    print("before sleep")
    await asyncio.sleep(0)
    print("after sleep(0)")
    await asyncio.sleep(0)
    print("after second sleep(0)")
    await asyncio.sleep(0.01)
    print("after sleep(0.01)")


asyncio.run(main())
