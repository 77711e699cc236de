"""sleep(0) ordering between 5 tasks with different numbers of yields."""
import asyncio


async def worker(i, log):
    for k in range(i + 1):
        log.append(f"{i}.{k}")
        await asyncio.sleep(0)
    log.append(f"{i}!")


async def main():
    log = []
    ts = [asyncio.create_task(worker(i, log)) for i in range(5)]
    log.append("main")
    await asyncio.sleep(0)
    log.append("main2")
    await asyncio.gather(*ts)
    print(" ".join(log))


asyncio.run(main())
