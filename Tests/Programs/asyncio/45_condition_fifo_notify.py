"""Condition.notify(n) wakes the n longest waiters in FIFO order; notify_all wakes the rest."""
import asyncio


async def waiter(cond, name, log):
    async with cond:
        log.append(f"{name} waits")
        await cond.wait()
        log.append(f"{name} woke at {asyncio.get_running_loop().time()}")


async def main():
    cond = asyncio.Condition()
    log = []
    tasks = [asyncio.create_task(waiter(cond, f"w{i}", log)) for i in range(5)]
    await asyncio.sleep(1)
    async with cond:
        cond.notify()
    await asyncio.sleep(1)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(1)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("\n".join(log))
    try:
        cond.notify()
    except RuntimeError as e:
        print(repr(e))


asyncio.run(main())
