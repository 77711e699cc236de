"""gather of futures that are already done still returns after a loop iteration, in order."""
import asyncio


async def quick(v):
    return v


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f1.set_result("f1")
    f2 = loop.create_future()
    f2.set_exception(RuntimeError("f2 failed"))
    t = asyncio.create_task(quick("task"))
    await asyncio.sleep(0)
    print("task done before gather:", t.done())
    loop.call_soon(print, "callback scheduled before gather")
    res = await asyncio.gather(f1, t, f2, return_exceptions=True)
    print([repr(r) for r in res])
    same = await asyncio.gather(f1, f1, f1)
    print(same)
    try:
        await asyncio.gather(f1, f2)
    except RuntimeError as e:
        print("propagated", repr(e))
    print("time", loop.time())


asyncio.run(main())
