"""Tasks are named Task-N by a global counter; name= and set_name override it."""
import asyncio


async def noop():
    await asyncio.sleep(0)


async def main():
    me = asyncio.current_task()
    print("main task:", me.get_name())
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name="custom")
    c = asyncio.create_task(noop())
    print(a.get_name(), b.get_name(), c.get_name())
    c.set_name("renamed")
    a.set_name(123)
    print(repr(a.get_name()), c.get_name())
    await asyncio.gather(a, b, c)
    g = asyncio.gather(noop(), noop())
    await g
    d = asyncio.create_task(noop())
    print("after gather of two coroutines:", d.get_name())
    await d
    loop = asyncio.get_running_loop()
    e = loop.create_task(noop(), name="via-loop")
    f = loop.create_task(noop())
    print(e.get_name(), f.get_name())
    await asyncio.gather(e, f)


asyncio.run(main())
