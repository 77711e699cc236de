"""asyncio.to_thread passes arguments, returns the result, re-raises the exception, at the moment the thread ends."""
import asyncio
import time


def work(a, b, scale=1, fail=False):
    time.sleep(0.2)
    if fail:
        raise RuntimeError(f"failed on {a}")
    return (a + b) * scale


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(work, 1, 2, scale=10), f"{loop.time():.2f}")
    results = await asyncio.gather(asyncio.to_thread(work, 3, 4), asyncio.to_thread(work, 5, 6))
    print(results, f"{loop.time():.2f}")
    try:
        await asyncio.to_thread(work, 7, 8, fail=True)
    except RuntimeError as e:
        print("RuntimeError:", e, f"{loop.time():.2f}")
    try:
        await asyncio.wait_for(asyncio.to_thread(work, 0, 0), timeout=0.1)
    except TimeoutError:
        print("wait_for gave up at", f"{loop.time():.2f}")


asyncio.run(main())
print(f"asyncio.run returned at {time.monotonic():.2f}")
