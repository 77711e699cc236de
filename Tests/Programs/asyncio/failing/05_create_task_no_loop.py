"""create_task outside a running loop raises RuntimeError: no running event loop."""
import asyncio


async def work():
    return 1


print("creating task without a loop")
asyncio.create_task(work())
print("not reached")
