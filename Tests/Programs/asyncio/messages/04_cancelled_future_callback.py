"""A done callback on a cancelled future that calls result() raises CancelledError, logged by the loop."""
import asyncio


def on_done(fut):
    print("callback: cancelled =", fut.cancelled())
    fut.result()


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    fut.cancel()
    print("cancel requested, done =", fut.done())
    await asyncio.sleep(0.1)
    print("main done at", loop.time())


asyncio.run(main())
print("after run")
