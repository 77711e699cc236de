"""Three tasks with different sleep periods interleave by virtual deadline."""
import asyncio


async def ticker(name, period, count):
    loop = asyncio.get_running_loop()
    for i in range(count):
        await asyncio.sleep(period)
        print(f"{loop.time():.2f} {name} tick {i}")
    return name


async def main():
    a = asyncio.create_task(ticker("a", 0.3, 4))
    b = asyncio.create_task(ticker("b", 0.5, 3))
    c = asyncio.create_task(ticker("c", 0.7, 2))
    print("started", asyncio.get_running_loop().time())
    print(await a, await b, await c)
    print("end", f"{asyncio.get_running_loop().time():.2f}")


asyncio.run(main())
