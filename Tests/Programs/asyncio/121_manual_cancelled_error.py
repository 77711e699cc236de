"""Raising CancelledError manually inside a task cancels the task; the same object reaches the awaiter."""
import asyncio


async def raiser():
    await asyncio.sleep(0)
    raise asyncio.CancelledError("manual", 2)


async def main():
    t = asyncio.create_task(raiser())
    try:
        await t
    except asyncio.CancelledError as e:
        print("got", e.args, t.cancelled())
        try:
            t.result()
        except asyncio.CancelledError as e2:
            print("result()", e2.args, e2 is e)
    r = await asyncio.gather(raiser(), return_exceptions=True)
    print([repr(x) for x in r])


asyncio.run(main())
