"""B is cancelled, then A (which awaits B) is cancelled in the same iteration: asyncviz crashes B's pending __wakeup."""
import asyncio


async def b_body():
    try:
        await asyncio.sleep(10)
    finally:
        print("b cleanup")


async def a_body(b):
    try:
        await b
    finally:
        print("a cleanup", b.cancelled())


async def main():
    b = asyncio.create_task(b_body())
    a = asyncio.create_task(a_body(b))
    await asyncio.sleep(0)
    b.cancel()
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print("done", a.cancelled(), b.cancelled())


asyncio.run(main())
