"""Cancelling the awaiter of shield() cancels only the outer future; the inner task keeps running."""
import asyncio


async def important(log):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(2)
    log.append(f"important finished at {loop.time()}")
    return "saved"


async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    log = []
    inner = asyncio.create_task(important(log))
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(1)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("caller task cancelled:", c.cancelled(), "inner done:", inner.done())
    print("inner result:", await inner, "at", asyncio.get_running_loop().time())
    print(log)


asyncio.run(main())
