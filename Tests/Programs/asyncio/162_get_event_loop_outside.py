"""asyncio.get_event_loop() with no running loop: CPython 3.11 creates (before run) or refuses (after run) with its own message."""
import asyncio


loop = asyncio.get_event_loop()
print("got a loop; running:", loop.is_running())


async def main():
    pass


asyncio.run(main())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
