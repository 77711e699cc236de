"""Cancelling an outer gather propagates into nested gathers and their tasks."""
import asyncio


async def leaf(name, log):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        log.append((name, e.args))
        raise


async def main():
    log = []
    inner1 = asyncio.gather(leaf("a", log), leaf("b", log))
    inner2 = asyncio.gather(leaf("c", log), return_exceptions=True)
    outer = asyncio.gather(inner1, inner2, return_exceptions=True)
    await asyncio.sleep(0)
    print("cancel", outer.cancel("top"))
    try:
        r = await outer
        print("outer result", [repr(x) for x in r])
    except asyncio.CancelledError as e:
        print("outer cancelled", e.args)
    print(log)
    print(inner1.cancelled(), inner2.cancelled(), inner2.done())
    try:
        print(repr(inner2.result()))
    except asyncio.CancelledError as e:
        print("inner2 result raised CancelledError", e.args)


asyncio.run(main())
