"""Tasks created inside done callbacks get the next names and run after the callback."""
import asyncio


async def job(n):
    await asyncio.sleep(0.1)
    return n


async def main():
    loop = asyncio.get_running_loop()
    created = []

    def on_done(f):
        t = loop.create_task(job(f.result() + 1))
        created.append(t)
        if f.result() < 3:
            t.add_done_callback(on_done)

    first = asyncio.create_task(job(0))
    first.add_done_callback(on_done)
    await asyncio.sleep(1)
    print([(t.get_name(), t.result()) for t in created], loop.time())
    t = asyncio.ensure_future(job(9))
    print(t.get_name(), await t)


asyncio.run(main())
