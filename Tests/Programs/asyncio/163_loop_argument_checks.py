"""Non-debug CPython does not validate call_soon/call_later callbacks up front; bad delays fail with arithmetic errors."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.call_later("x", print)
    except TypeError as e:
        print("call_later('x'):", e)
    try:
        loop.call_later(None, print)
    except TypeError as e:
        print("call_later(None):", e)
    h = loop.call_soon(3)
    print("call_soon(3) accepted:", type(h).__name__)
    await asyncio.sleep(0)
    print("after the failing callback")


asyncio.run(main())
