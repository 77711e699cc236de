"""Two unreferenced failing tasks: 'never retrieved' reports follow completion order."""
import asyncio


async def bad(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def main():
    asyncio.create_task(bad("A-created-first-fails-last", 0.2))
    asyncio.create_task(bad("B-created-second-fails-first", 0.1))
    await asyncio.sleep(0.5)
    print("main done")


asyncio.run(main())
