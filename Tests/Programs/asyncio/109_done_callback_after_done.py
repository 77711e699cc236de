"""add_done_callback on an already-done future is scheduled with call_soon, after earlier handles."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    f = loop.create_future()
    f.set_result(1)
    loop.call_soon(log.append, "soon-before")
    f.add_done_callback(lambda fut: log.append("cb1"))
    loop.call_soon(log.append, "soon-after")
    f.add_done_callback(lambda fut: log.append("cb2"))
    print(log)
    await asyncio.sleep(0)
    print(log)
    g = loop.create_future()
    cb = lambda fut: log.append("removed")
    g.add_done_callback(cb)
    g.add_done_callback(cb)
    g.add_done_callback(lambda fut: log.append("kept"))
    print("removed", g.remove_done_callback(cb), g.remove_done_callback(cb))
    g.set_result(None)
    await asyncio.sleep(0)
    print(log)


asyncio.run(main())
