"""Several tasks awaiting one future all resume, in the order they started waiting."""
import asyncio


async def waiter(fut, name):
    print(name, "waiting")
    v = await fut
    print(name, "resumed with", v, "at", asyncio.get_running_loop().time())
    return name


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(fut, f"w{i}")) for i in range(4)]
    loop.call_later(1, fut.set_result, "shared")
    print(await asyncio.gather(*tasks))
    bad = loop.create_future()
    ts = [asyncio.create_task(waiter(bad, f"e{i}")) for i in range(2)]
    await asyncio.sleep(0)
    bad.set_exception(ValueError("shared failure"))
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([repr(r) for r in res])
    print("same exception object:", res[0] is res[1])


asyncio.run(main())
