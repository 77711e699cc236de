"""An event loop awaits work in worker processes through run_in_executor, results in argument order."""
import asyncio
from concurrent.futures import ProcessPoolExecutor
import sim


def crunch(n):
    sim.cpu(0.1)
    return sum(range(n))


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        calls = [loop.run_in_executor(pool, crunch, n) for n in (10, 100, 1000)]
        print(await asyncio.gather(*calls))
        try:
            await loop.run_in_executor(pool, crunch, "x")
        except TypeError as e:
            print("TypeError:", e)


if __name__ == "__main__":
    asyncio.run(main())
