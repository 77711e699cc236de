"""Future.set_exception with a non-exception object."""
import asyncio


async def main():
    f = asyncio.get_running_loop().create_future()
    try:
        f.set_exception(3)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
