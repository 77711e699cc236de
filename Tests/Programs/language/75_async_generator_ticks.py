# An async generator producing clock ticks with asyncio.sleep, consumed by async for.
import asyncio


async def ticker(name, interval, count):
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        for n in range(count):
            await asyncio.sleep(interval)
            yield n, round(loop.time() - start, 2)
    finally:
        print(f"{name}: ticker finished")


async def watch(name, interval, count):
    seen = []
    async for n, elapsed in ticker(name, interval, count):
        print(f"{name} tick {n} at +{elapsed}s")
        seen.append(n)
    return seen


async def first_over(limit):
    ticks = ticker("search", 0.25, 100)
    try:
        async for n, elapsed in ticks:
            if elapsed > limit:
                return n
        return None
    finally:
        await ticks.aclose()


async def main():
    results = await asyncio.gather(watch("fast", 0.1, 3), watch("slow", 0.25, 2))
    print("gathered", results)
    print("first over 1s:", await first_over(1.0))

    agen = ticker("manual", 0.5, 3)
    print(await agen.__anext__())
    print(await anext(agen))
    await agen.aclose()
    print(await anext(agen, "closed"))

    async def cancelled_consumer():
        try:
            async for n, _ in ticker("doomed", 1, 10):
                print("doomed tick", n)
        except asyncio.CancelledError:
            print("consumer cancelled")
            raise

    task = asyncio.create_task(cancelled_consumer())
    await asyncio.sleep(2.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task is cancelled:", task.cancelled())
    else:
        print("not cancelled?")


asyncio.run(main())
