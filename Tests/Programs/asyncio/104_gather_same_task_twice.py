"""gather with the same task or coroutine-future twice, and cancelling a finished gather."""
import asyncio


async def v(x, d=0.1):
    await asyncio.sleep(d)
    return x


async def main():
    t = asyncio.create_task(v(1))
    print(await asyncio.gather(t, t, v(2), t))
    g = asyncio.gather(v(3), v(4))
    await g
    print("cancel done gather", g.cancel(), g.result())
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.1, f.set_result, "f")
    print(await asyncio.gather(f, f, return_exceptions=True))


asyncio.run(main())
