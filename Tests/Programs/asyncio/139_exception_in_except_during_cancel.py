"""A task converts CancelledError into another exception; context is kept."""
import asyncio


async def converter():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        raise RuntimeError("converted") from e


async def ctx():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise KeyError("ctx")


async def main():
    for f in (converter, ctx):
        t = asyncio.create_task(f())
        await asyncio.sleep(0)
        t.cancel("m")
        try:
            await t
        except Exception as e:
            print(repr(e), repr(e.__cause__), repr(e.__context__), t.cancelled(), t.cancelling())


asyncio.run(main())
