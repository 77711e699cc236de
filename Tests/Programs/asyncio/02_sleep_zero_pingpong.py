"""sleep(0) yields to the other ready task: two tasks alternate strictly."""
import asyncio


async def player(name, log, rounds):
    for i in range(rounds):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    log.append(f"{name}-done")


async def main():
    log = []
    t1 = asyncio.create_task(player("ping", log, 4))
    t2 = asyncio.create_task(player("pong", log, 3))
    log.append("main")
    await asyncio.sleep(0)
    log.append("main-after-1")
    await t1
    await t2
    print(log)
    print("time", asyncio.get_running_loop().time())


asyncio.run(main())
