"""remove_done_callback removes every registration of the callback and returns the count."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    calls = []
    a = lambda f: calls.append("a")
    b = lambda f: calls.append("b")
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    print("removed a:", fut.remove_done_callback(a))
    print("removed a again:", fut.remove_done_callback(a))
    fut.set_result(None)
    print("removed b after done:", fut.remove_done_callback(b))
    await asyncio.sleep(0)
    print("calls:", calls)


asyncio.run(main())
