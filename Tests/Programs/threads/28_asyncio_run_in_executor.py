"""loop.run_in_executor: the default executor's threads are named asyncio_N; the loop runs on meanwhile."""
import asyncio
import threading
import time


def blocking(seconds):
    time.sleep(seconds)
    return threading.current_thread().name


async def ticker(log):
    for _ in range(3):
        await asyncio.sleep(0.1)
        log.append(f"tick {asyncio.get_running_loop().time():.2f}")


async def main():
    loop = asyncio.get_running_loop()
    log = []
    tick = asyncio.create_task(ticker(log))
    name = await loop.run_in_executor(None, blocking, 0.25)
    print(name, f"{loop.time():.2f}", log)
    await tick
    print(log, threading.current_thread().name)
    print(sorted(await asyncio.gather(*[loop.run_in_executor(None, blocking, 0.1) for _ in range(2)])))


asyncio.run(main())
