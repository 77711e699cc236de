"""A consumer waits on a queue nobody fills; the event it also waits on is never set."""
import asyncio


async def consumer(q):
    item = await q.get()
    print("got", item)


async def main():
    q = asyncio.Queue()
    done = asyncio.Event()
    asyncio.create_task(consumer(q))
    await q.put("first")
    await asyncio.sleep(0.3)
    await done.wait()


asyncio.run(main())
