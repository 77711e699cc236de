"""A leftover task that swallows cancellation keeps running during asyncio.run's shutdown."""
import asyncio


async def stubborn():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("stubborn cancelled at", loop.time(), e.args)
    await asyncio.sleep(0.5)
    print("stubborn finished at", loop.time())
    return "x"


async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0.25)
    print("main ends at", asyncio.get_running_loop().time())


asyncio.run(main())
print("run returned")
