"""Event set then cleared in the same iteration: waiters already woken still proceed."""
import asyncio


async def main():
    ev = asyncio.Event()
    log = []

    async def w(i):
        r = await ev.wait()
        log.append((i, r, ev.is_set()))

    ts = [asyncio.create_task(w(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.sleep(0)
    print(log)
    t = asyncio.create_task(w(9))
    await asyncio.sleep(0)
    print("waiting 9:", t.done(), log[-1])
    ev.set()
    print("set twice ok", ev.set() is None)
    await t
    print(log[-1])
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.5)
    except TimeoutError:
        print("wait timed out at", asyncio.get_running_loop().time(), len(ev._waiters))


asyncio.run(main())
