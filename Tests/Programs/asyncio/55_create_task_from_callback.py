"""Callbacks (call_soon, call_later, done callbacks) can create tasks on the running loop."""
import asyncio

created = []


async def job(label):
    loop = asyncio.get_running_loop()
    print("job", label, "starts at", loop.time(), "as", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    return label


def spawn(label):
    loop = asyncio.get_running_loop()
    created.append(loop.create_task(job(label), name=f"from-{label}"))


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(spawn, "soon")
    loop.call_later(0.5, spawn, "later")
    first = asyncio.create_task(job("first"))
    first.add_done_callback(lambda t: spawn("done-cb-of-" + t.result()))
    await asyncio.sleep(1)
    print([t.get_name() for t in created])
    print([t.result() for t in created])
    print("time", loop.time())


asyncio.run(main())
