"""An exception chained in a to_thread worker escapes asyncio.run: traceback ends with the worker error (exit 1)."""
import asyncio, time
def fail(n):
    time.sleep(0.1)
    try:
        {}[n]
    except KeyError as e:
        raise RuntimeError(f"lookup {n} failed") from e
async def main():
    await asyncio.gather(asyncio.to_thread(fail, "a"), asyncio.sleep(0.3))
asyncio.run(main())
