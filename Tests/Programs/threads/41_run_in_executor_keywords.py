"""run_in_executor passes positional arguments only; a keyword is refused with CPython's message."""
import asyncio


def work(a, b=2):
    return a + b


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, work, 1, 5))
    try:
        await loop.run_in_executor(None, work, 1, b=5)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
