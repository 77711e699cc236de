"""Event.set wakes all waiters in FIFO order; clear() makes later waiters block again."""
import asyncio


async def waiter(ev, name, log):
    log.append(f"{name} waiting")
    r = await ev.wait()
    log.append(f"{name} woke at {asyncio.get_running_loop().time()} returned {r}")


async def main():
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(ev, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(1)
    print("is_set before:", ev.is_set())
    ev.set()
    ev.set()
    print("is_set after:", ev.is_set())
    await asyncio.gather(*tasks)
    print("already set returns immediately:", await ev.wait())
    ev.clear()
    late = asyncio.create_task(waiter(ev, "late", log))
    asyncio.get_running_loop().call_later(2, ev.set)
    await late
    for line in log:
        print(line)


asyncio.run(main())
