import asyncio


async def fail():
    raise ValueError("lost")


async def main():
    task = asyncio.create_task(fail())
    try:
        await task
    except ValueError as e:
        print("caught", e)


asyncio.run(main())
