"""Condition.wait_for re-checks the predicate on every notification."""
import asyncio


async def consumer(cond, state, need, log):
    async with cond:
        checks = []
        def pred():
            checks.append(state["n"])
            return state["n"] >= need
        await cond.wait_for(pred)
        log.append(f"need {need} satisfied at n={state['n']} t={asyncio.get_running_loop().time()} checks={checks}")


async def main():
    cond = asyncio.Condition()
    state = {"n": 0}
    log = []
    tasks = [asyncio.create_task(consumer(cond, state, k, log)) for k in [3, 1, 2]]
    for _ in range(3):
        await asyncio.sleep(0.5)
        async with cond:
            state["n"] += 1
            cond.notify_all()
    await asyncio.gather(*tasks)
    print("\n".join(log))
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with shared:
        print("shared lock held:", lock.locked())


asyncio.run(main())
