"""Future.set_exception with a class instantiates it; StopIteration is rejected."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError)
    print(repr(f.exception()))
    f = loop.create_future()
    try:
        f.set_exception(StopIteration("s"))
    except TypeError as e:
        print("TypeError", e)
    print(f.done())
    f = loop.create_future()
    f.set_exception(asyncio.CancelledError("as exc"))
    print(f.cancelled(), repr(f.exception()))
    try:
        await f
    except asyncio.CancelledError as e:
        print("awaited", repr(e))


asyncio.run(main())
