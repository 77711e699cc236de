"""A leftover task creates a new task while being cancelled at shutdown."""
import asyncio


async def late():
    print("late task started")
    await asyncio.sleep(0)
    print("late task finished")


async def leftover():
    try:
        await asyncio.sleep(10)
    finally:
        asyncio.get_running_loop().create_task(late())
        print("leftover cleanup")


async def main():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)


asyncio.run(main())
print("end")
