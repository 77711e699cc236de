"""cancelling() counts pending cancel requests; uncancel() decrements it."""
import asyncio


async def worker(log):
    task = asyncio.current_task()
    for i in range(3):
        try:
            await asyncio.sleep(1)
            log.append(f"slept {i}")
        except asyncio.CancelledError:
            log.append(f"cancel {i} cancelling={task.cancelling()}")
            left = task.uncancel()
            log.append(f"uncancel -> {left}")
    return "finished"


async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling())
    print(t.cancel(), t.cancelling())
    await asyncio.sleep(0)
    print("after first delivery:", t.cancelling())
    await asyncio.sleep(1.5)
    t.cancel()
    print("result:", await t, "time:", asyncio.get_running_loop().time())
    for line in log:
        print(line)


asyncio.run(main())
