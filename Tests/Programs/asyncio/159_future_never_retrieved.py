"""A plain Future with an unretrieved exception is reported at exit; a retrieved one is not."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(KeyError("unretrieved"))
    g = loop.create_future()
    g.set_exception(KeyError("retrieved"))
    print(repr(g.exception()))
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
