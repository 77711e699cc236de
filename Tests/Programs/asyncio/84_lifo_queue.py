"""LifoQueue ordering with blocked getters and bounded putters."""
import asyncio


async def main():
    q = asyncio.LifoQueue(maxsize=3)
    out = []

    async def getter(n):
        v = await q.get()
        out.append((n, v))
        q.task_done()

    gs = [asyncio.create_task(getter(i)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        q.put_nowait(i * 10)
    print(q.qsize())
    await asyncio.sleep(0)
    print(out)
    for i in range(3):
        q.put_nowait(i)
    try:
        q.put_nowait(9)
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.task_done()
    q.task_done()
    q.task_done()
    await q.join()
    print("joined")
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
