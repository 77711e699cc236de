"""asyncio.run with a non-coroutine argument raises ValueError."""
import asyncio

print("calling asyncio.run(5)")
asyncio.run(5)
print("not reached")
