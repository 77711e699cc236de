"""run_until_complete inside a running loop, close() while running, stop() before run_forever."""
import asyncio


async def inner():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    print(loop)
    coro = inner()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    await coro
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
loop = asyncio.new_event_loop()
loop.stop()
loop.call_soon(print, "runs once before stopping")
loop.run_forever()
print("returned")
loop.close()
loop.close()
print(loop.is_closed())
