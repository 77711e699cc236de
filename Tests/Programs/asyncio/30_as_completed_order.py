"""as_completed yields results in completion order, not argument order."""
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    loop = asyncio.get_running_loop()
    coros = [job("c", 0.3), job("a", 0.1), job("d", 0.4), job("b", 0.2)]
    for fut in asyncio.as_completed(coros):
        res = await fut
        print(f"{loop.time():.1f}", res)
    fut = loop.create_future()
    fut.set_result("already")
    order = []
    for f in asyncio.as_completed([job("late", 0.05), fut]):
        order.append(await f)
    print(order)


asyncio.run(main())
