"""gather returns results in argument order regardless of completion order."""
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name, asyncio.get_running_loop().time())
    return name.upper()


async def main():
    results = await asyncio.gather(job("slow", 0.3), job("fast", 0.1), job("mid", 0.2), job("zero", 0))
    print(results)
    empty = await asyncio.gather()
    print("empty gather:", empty)
    t = asyncio.create_task(job("task", 0.05))
    mixed = await asyncio.gather(job("coro", 0.1), t)
    print(mixed)


asyncio.run(main())
