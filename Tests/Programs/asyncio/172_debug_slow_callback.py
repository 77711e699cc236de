"""Debug mode: a callback that blocks the loop for 0.15 s is reported (on stderr); the program goes on."""
import asyncio
import time


def blocking(label):
    time.sleep(0.15)
    print(label, "blocked until", asyncio.get_event_loop().time())


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    loop.call_soon(blocking, "quick callback")
    await asyncio.sleep(0.2)
    loop.set_debug(False)
    loop.call_soon(blocking, "not reported")
    await asyncio.sleep(0.2)
    print("done at", loop.time())


asyncio.run(main(), debug=True)
