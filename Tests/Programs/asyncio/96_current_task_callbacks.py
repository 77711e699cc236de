"""current_task() inside call_soon callbacks, done callbacks and timer callbacks is None."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []

    def cb(tag):
        log.append((tag, asyncio.current_task() is None))

    loop.call_soon(cb, "soon")
    loop.call_later(0.1, cb, "later")
    t = asyncio.create_task(asyncio.sleep(0.05))
    t.add_done_callback(lambda f: cb("done"))
    print("main task", asyncio.current_task().get_name())
    await asyncio.sleep(0.2)
    print(log)
    try:
        asyncio.current_task(None).get_name()
        print("ok")
    except Exception as e:
        print(repr(e))


asyncio.run(main())
