"""asyncio.all_tasks() sizes at various points."""
import asyncio


async def short(d):
    await asyncio.sleep(d)


async def main():
    print(len(asyncio.all_tasks()))
    ts = [asyncio.create_task(short(i / 10)) for i in range(4)]
    print(len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()))
    await asyncio.sleep(0.15)
    print(len(asyncio.all_tasks()), sorted(t.get_name() for t in asyncio.all_tasks()))
    g = asyncio.gather(short(0.1), short(0.2))
    print(len(asyncio.all_tasks()))
    await g
    print(len(asyncio.all_tasks()), sorted(t.get_name() for t in asyncio.all_tasks()))
    t = asyncio.create_task(short(0))
    t.cancel()
    print(len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()), t.cancelled())
    await asyncio.wait_for(short(0.1), 1)
    print(len(asyncio.all_tasks()))


asyncio.run(main())
