"""raise X from e inside tasks, inspected via __cause__ and __context__."""
import asyncio


async def low():
    await asyncio.sleep(0.1)
    raise KeyError("low")


async def high():
    try:
        await low()
    except KeyError as e:
        raise RuntimeError("high") from e


async def ctx():
    try:
        await asyncio.sleep(0)
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")


async def suppressed():
    try:
        raise OSError("x")
    except OSError:
        raise TypeError("no ctx") from None


async def main():
    for f in (high, ctx, suppressed):
        t = asyncio.create_task(f())
        try:
            await t
        except Exception as e:
            print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
            print(" same as task exc:", t.exception() is e)
    r = await asyncio.gather(high(), ctx(), return_exceptions=True)
    print([repr(x.__cause__) for x in r], [repr(x.__context__) for x in r])


asyncio.run(main())
