"""Cancel messages through gather, awaits and wait_for."""
import asyncio


async def leaf(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "leaf got", e.args)
        raise


async def mid():
    try:
        await asyncio.gather(leaf("g1"), leaf("g2"))
    except asyncio.CancelledError as e:
        print("mid got", e.args)
        raise


async def main():
    t = asyncio.create_task(mid())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel("the message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", e.args)
    t2 = asyncio.create_task(asyncio.wait_for(leaf("wf"), 5))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t2.cancel("wf-msg")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("main got wf", e.args)


asyncio.run(main())
