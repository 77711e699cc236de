"""Done callbacks registered before completion run via call_soon; ones added after are scheduled at once."""
import asyncio


def cb(label):
    def inner(fut):
        print("callback", label, "sees", fut.result())
    return inner


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(cb("first"))
    fut.add_done_callback(cb("second"))
    print("setting result")
    fut.set_result(42)
    print("set_result returned; callbacks not run yet")
    fut.add_done_callback(cb("late"))
    loop.call_soon(print, "call_soon after late callback")
    await asyncio.sleep(0)
    print("after one iteration")
    fut.add_done_callback(cb("very late"))
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
