"""Calling an async function without awaiting it warns "coroutine 'f' was never awaited"."""
import asyncio


async def f():
    print("f body never runs")


async def main():
    print("main calls f() without await")
    f()
    await asyncio.sleep(0.1)
    print("main done at", asyncio.get_running_loop().time())


asyncio.run(main())
print("after run")
