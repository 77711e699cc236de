"""asyncio.run cancels leftover tasks, one of which awaits the other: both run their cleanup."""
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    finally:
        print("inner cleanup")


async def outer(t):
    try:
        await t
    finally:
        print("outer cleanup", t.cancelled())


async def main():
    t = asyncio.create_task(inner())
    asyncio.create_task(outer(t))
    await asyncio.sleep(0.1)
    print("main returns")
    return "value"


print(asyncio.run(main()))
