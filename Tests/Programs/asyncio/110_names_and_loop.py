"""Task names: set_name with non-strings, create_task name=, counter behaviour."""
import asyncio


async def nop():
    return None


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(nop())
    b = asyncio.create_task(nop(), name="custom")
    c = loop.create_task(nop())
    d = loop.create_task(nop(), name=42)
    e = asyncio.ensure_future(nop())
    print(a.get_name(), b.get_name(), c.get_name(), repr(d.get_name()), e.get_name())
    a.set_name(3.5)
    print(repr(a.get_name()))
    await asyncio.gather(a, b, c, d, e)
    print(asyncio.get_event_loop() is loop, a.get_loop() is loop)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f, asyncio.ensure_future(a) is a)
    print(asyncio.current_task().get_name())


asyncio.run(main())
