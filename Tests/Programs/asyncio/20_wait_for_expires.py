"""wait_for cancels the inner coroutine on timeout and raises TimeoutError."""
import asyncio


async def slow(log):
    try:
        await asyncio.sleep(10)
        return "never"
    except asyncio.CancelledError:
        log.append(f"inner cancelled at {asyncio.get_running_loop().time()}")
        raise


async def main():
    log = []
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(slow(log), timeout=1.25)
    except asyncio.TimeoutError as e:
        print("TimeoutError at", loop.time(), type(e).__name__, e.args)
    print(log)
    t = asyncio.create_task(slow(log))
    try:
        await asyncio.wait_for(t, 0.5)
    except TimeoutError:
        print("builtin TimeoutError caught too, task cancelled:", t.cancelled())
    print(log)
    print("is same class:", asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
