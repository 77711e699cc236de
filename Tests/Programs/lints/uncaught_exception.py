import asyncio


async def fetch(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ValueError(f"page {n} is missing")
    return f"page {n}"


async def main():
    pages = await asyncio.gather(fetch(1), fetch(2), fetch(3))
    print(pages)


asyncio.run(main())
