"""An exception in a call_soon callback is logged as "Exception in callback ..." and the loop continues."""
import asyncio


def explode(tag):
    print("explode", tag)
    raise RuntimeError("callback failed: " + tag)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(explode, "soon")
    loop.call_soon(print, "next callback runs")
    await asyncio.sleep(0.1)
    print("main done at", loop.time())


asyncio.run(main())
print("after run")
