"""Two tasks take two locks in opposite order: the classic lock-ordering deadlock."""
import asyncio


async def worker(name, first, second):
    async with first:
        print(name, "holds its first lock")
        await asyncio.sleep(0.2)
        async with second:
            print(name, "holds both")


async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(worker("one", a, b), worker("two", b, a))


asyncio.run(main())
