import asyncio


async def heartbeat():
    for _ in range(3):
        await asyncio.sleep(0.1)
        print("beat")


async def main():
    asyncio.create_task(heartbeat())
    await asyncio.sleep(0.5)


asyncio.run(main())
