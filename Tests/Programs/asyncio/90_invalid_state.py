"""result()/exception() in invalid states: messages and exception types."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(asyncio.sleep(1))
    for meth in (t.result, t.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, repr(e), str(e))
    f = loop.create_future()
    f.cancel("why")
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print("cancelled", repr(e), e.args)
    f2 = loop.create_future()
    f2.set_result(1)
    try:
        f2.set_result(2)
    except asyncio.InvalidStateError as e:
        print(repr(e))
    try:
        f2.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print(repr(e))
    print(f2.cancel(), f2.exception())
    try:
        t.set_result(3)
    except RuntimeError as e:
        print(repr(e))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("t", repr(e))
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("t.exception", repr(e))
    print(isinstance(asyncio.InvalidStateError(), Exception), isinstance(asyncio.CancelledError(), Exception))


asyncio.run(main())
