"""Two Conditions sharing one Lock."""
import asyncio


async def main():
    lock = asyncio.Lock()
    c1 = asyncio.Condition(lock)
    c2 = asyncio.Condition(lock)
    log = []

    async def w(name, cond):
        async with cond:
            log.append(f"{name} waiting")
            await cond.wait()
            log.append(f"{name} woke locked={lock.locked()}")

    tasks = [asyncio.create_task(w("a", c1)), asyncio.create_task(w("b", c2)), asyncio.create_task(w("c", c1))]
    await asyncio.sleep(0)
    async with c2:
        print("c2 locked", c1.locked(), c2.locked())
        c2.notify_all()
    await asyncio.sleep(0)
    async with c1:
        c1.notify(1)
    await asyncio.sleep(0)
    async with lock:
        c1.notify_all()
    await asyncio.gather(*tasks)
    print(log)
    try:
        c1.notify()
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
