"""An exception in a done callback is reported and the other callbacks still run."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    log = []

    def cb1(f):
        log.append("cb1")
        raise ValueError("boom in cb1")

    def cb2(f):
        log.append(("cb2", f.result()))

    fut.add_done_callback(cb1)
    fut.add_done_callback(cb2)
    fut.set_result(7)
    await asyncio.sleep(0)
    print(log)

    def soon():
        log.append("soon")
        raise KeyError("soon")

    loop.call_soon(soon)
    loop.call_later(0.1, lambda: log.append("later"))
    await asyncio.sleep(0.2)
    print(log)


asyncio.run(main())
