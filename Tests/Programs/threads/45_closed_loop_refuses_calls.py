"""A loop that asyncio.run has closed refuses call_soon, call_soon_threadsafe, call_later and run_in_executor."""
import asyncio


async def main():
    return asyncio.get_running_loop()


loop = asyncio.run(main())
print(loop.is_closed())
calls = [
    ("call_soon", lambda: loop.call_soon(print, "ran")),
    ("call_soon_threadsafe", lambda: loop.call_soon_threadsafe(print, "ran")),
    ("call_later", lambda: loop.call_later(1, print, "ran")),
    ("run_in_executor", lambda: loop.run_in_executor(None, print, "ran")),
]
for name, call in calls:
    try:
        call()
        print(name, "accepted")
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
