"""A task that raises and is never awaited logs "Task exception was never retrieved"."""
import asyncio


async def doomed():
    await asyncio.sleep(0.1)
    print("doomed raising at", asyncio.get_running_loop().time())
    raise ValueError("nobody listens")


async def main():
    asyncio.create_task(doomed(), name="doomed")
    await asyncio.sleep(0.5)
    print("main finishes at", asyncio.get_running_loop().time())


asyncio.run(main())
print("after run")
