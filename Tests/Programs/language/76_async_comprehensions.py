# Async comprehensions, await inside comprehensions, async generator expressions.
import asyncio


async def numbers(n, delay=0.01):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def square(x):
    await asyncio.sleep(0.05)
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    print([x async for x in numbers(5)])
    print({x async for x in numbers(4) if x % 2})
    print({x: str(x) async for x in numbers(3)})
    print([await square(x) for x in range(4)])
    print([await square(x) async for x in numbers(3) if x > 0])
    pairs = [(x, y) async for x in numbers(2) for y in "ab"]
    print(pairs)
    evens = (x async for x in numbers(6) if x % 2 == 0)
    print(type(evens).__name__)
    print([e async for e in evens])
    start = loop.time()
    results = await asyncio.gather(*[square(i) for i in range(3)])
    print(results, round(loop.time() - start, 2))
    nested = [[y async for y in numbers(x)] for x in range(3)]
    print(nested)
    total = 0
    async for x in numbers(4):
        total += x
    else:
        print("async for else, total", total)


asyncio.run(main())
