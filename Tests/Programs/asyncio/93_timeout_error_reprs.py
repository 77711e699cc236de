"""str/repr of TimeoutError and CancelledError raised by wait_for and timeout, and their causes."""
import asyncio


async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.1)
    except TimeoutError as e:
        print("wait_for", repr(e), repr(str(e)), type(e).__module__, repr(e.__cause__), repr(e.__context__))
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout", repr(e), repr(str(e)), repr(e.__context__))
    print(asyncio.TimeoutError is TimeoutError)
    e = asyncio.CancelledError()
    print(repr(e), repr(str(e)), repr(asyncio.CancelledError("m")))
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("task", repr(e), e.args, repr(e.__context__))


asyncio.run(main())
