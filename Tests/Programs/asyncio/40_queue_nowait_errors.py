"""put_nowait on a full queue raises QueueFull; get_nowait on an empty one raises QueueEmpty."""
import asyncio


async def main():
    q = asyncio.Queue(2)
    q.put_nowait("x")
    q.put_nowait("y")
    try:
        q.put_nowait("z")
    except asyncio.QueueFull:
        print("QueueFull, size", q.qsize())
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty, empty", q.empty())
    unbounded = asyncio.Queue()
    for i in range(100):
        unbounded.put_nowait(i)
    print("unbounded full?", unbounded.full(), unbounded.qsize(), unbounded.maxsize)
    print([unbounded.get_nowait() for _ in range(5)])
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("hand-off")
    print("getter:", await getter, "size after:", q.qsize())
    try:
        await asyncio.wait_for(q.get(), 0.5)
    except TimeoutError:
        print("get timed out at", asyncio.get_running_loop().time())


asyncio.run(main())
