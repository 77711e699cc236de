"""Task done callbacks and awaiting tasks' wake-ups run in registration order."""
import asyncio


async def work():
    await asyncio.sleep(0.5)
    return "value"


async def awaiter(t, name):
    r = await t
    print("awaiter", name, "got", r)


async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(lambda f: print("cb1", f.result()))
    a1 = asyncio.create_task(awaiter(t, "A"))
    t.add_done_callback(lambda f: print("cb2", f.done()))
    a2 = asyncio.create_task(awaiter(t, "B"))
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("cb3"))
    await asyncio.gather(a1, a2)
    print("all done")
    c = asyncio.create_task(work())
    c.add_done_callback(lambda f: print("cancel cb: cancelled =", f.cancelled()))
    c.cancel()
    await asyncio.sleep(0)
    print("after cancel")


asyncio.run(main())
