"""cancel(msg) delivers the message in CancelledError.args inside the task and to the awaiter."""
import asyncio


async def victim(seen):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        seen.append(e.args)
        raise


async def main():
    seen = []
    t = asyncio.create_task(victim(seen))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter args:", e.args)
    print("inside args:", seen)
    u = asyncio.create_task(victim(seen))
    await asyncio.sleep(0)
    u.cancel()
    try:
        await u
    except asyncio.CancelledError as e:
        print("no-message args:", e.args)
    fut = asyncio.get_running_loop().create_future()
    fut.cancel(msg="future msg")
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("future args:", e.args)
    print("seen:", seen)


asyncio.run(main())
