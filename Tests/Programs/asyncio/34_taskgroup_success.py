"""TaskGroup waits for all children at the end of the async with block."""
import asyncio


async def child(name, delay):
    await asyncio.sleep(delay)
    print("child", name, "done at", asyncio.get_running_loop().time())
    return name * 2


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child("a", 0.3))
        t2 = tg.create_task(child("b", 0.1), name="bee")
        print("body ends at", loop.time())
    print("group exit at", loop.time())
    print(t1.result(), t2.result(), t2.get_name())
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")
    async with asyncio.TaskGroup() as tg:
        t3 = tg.create_task(child("c", 0.2))
        await asyncio.sleep(0.5)
        print("body slept past child:", t3.done())
    print("end", loop.time())


asyncio.run(main())
