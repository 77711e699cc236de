"""Nested TaskGroups where the inner body raises while children are sleeping."""
import asyncio


async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "done at", asyncio.get_running_loop().time())
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(child("o1", 3), name="o1")
            try:
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(child("i1", 2), name="i1")
                    await asyncio.sleep(1)
                    raise ValueError("inner body")
            except ExceptionGroup as eg:
                print("inner group", repr(eg), [repr(x) for x in eg.exceptions])
            print("after inner at", asyncio.get_running_loop().time())
    except ExceptionGroup as eg:
        print("outer group", repr(eg))
    print("end", asyncio.get_running_loop().time())

    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(child("o2", 3), name="o2")
            async with asyncio.TaskGroup() as inner:
                inner.create_task(child("i2", 2), name="i2")
                await asyncio.sleep(1)
                raise KeyError("inner2")
    except ExceptionGroup as eg:
        print("outer group2", repr(eg), [repr(x) for x in eg.exceptions])
        print([ [repr(y) for y in x.exceptions] for x in eg.exceptions if isinstance(x, ExceptionGroup)])


asyncio.run(main())
