import asyncio


async def main():
    loop = asyncio.get_running_loop()
    never = loop.create_future()
    await never


asyncio.run(main())
