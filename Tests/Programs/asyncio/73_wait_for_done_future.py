"""wait_for on an already-done future, with timeout 0, None and positive."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for timeout in (0, None, 1, -1):
        f = loop.create_future()
        f.set_result(timeout)
        r = await asyncio.wait_for(f, timeout)
        print("done future", timeout, "->", r, loop.time())
    f = loop.create_future()
    f.set_exception(ValueError("bad"))
    try:
        await asyncio.wait_for(f, 0)
    except ValueError as e:
        print("exc", repr(e))
    f = loop.create_future()
    f.cancel()
    try:
        await asyncio.wait_for(f, 0)
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
    f = loop.create_future()
    try:
        await asyncio.wait_for(f, 0)
    except TimeoutError as e:
        print("timeout", repr(e), str(e), f.cancelled())


asyncio.run(main())
