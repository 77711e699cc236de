"""Tasks still pending when main returns are cancelled by asyncio.run and get to clean up."""
import asyncio

import sim

# Line costs off: asyncio.run cancels the leftover tasks in its set's (address) order, and the ticker's
# time would show where that order put it.
sim.configure(line_cost=0)

log = []


async def forever(name):
    loop = asyncio.get_running_loop()
    try:
        while True:
            await asyncio.sleep(1)
            print(name, "tick", loop.time())
    except asyncio.CancelledError:
        print(name, "cancelled at", loop.time())
        raise
    finally:
        print(name, "finally")


async def cleanup_with_await(name):
    try:
        await asyncio.sleep(100)
    finally:
        log.append(f"{name} cleanup starts")
        await asyncio.sleep(0)
        log.append(f"{name} cleanup ends")


async def main():
    asyncio.create_task(forever("ticker"))
    asyncio.create_task(cleanup_with_await("x"))
    asyncio.create_task(cleanup_with_await("y"))
    await asyncio.sleep(2.5)
    print("main returns at", asyncio.get_running_loop().time())
    return "main result"


print(asyncio.run(main()))
# asyncio.run cancels leftovers in all_tasks() set order, so only one task prints directly.
print(sorted(log))
print("after run")
