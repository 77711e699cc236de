"""wait_for whose inner sleep ends exactly at the timeout deadline."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for d, to in ((1, 1), (0.5, 0.5), (0.3, 0.30000000000000004)):
        try:
            r = await asyncio.wait_for(asyncio.sleep(d, "slept"), to)
            print(d, to, "result", r, loop.time())
        except TimeoutError:
            print(d, to, "timeout", loop.time())
    t = asyncio.create_task(asyncio.sleep(1, "task"))
    try:
        r = await asyncio.wait_for(t, 1)
        print("task result", r)
    except TimeoutError:
        print("task timeout", t.cancelled())
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
        print("timeout block ok", loop.time())
    except TimeoutError:
        print("timeout block expired", loop.time())


asyncio.run(main())
