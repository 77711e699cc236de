"""A ValueError escaping main propagates out of asyncio.run after earlier output."""
import asyncio


async def main():
    print("main starts")
    await asyncio.sleep(1)
    print("about to fail at", asyncio.get_running_loop().time())
    raise ValueError("main failed")


asyncio.run(main())
print("not reached")
