"""Nested gathers compose: inner lists become elements of the outer result."""
import asyncio


async def leaf(name, delay):
    await asyncio.sleep(delay)
    print("leaf", name, f"{asyncio.get_running_loop().time():.2f}")
    return name


async def branch(prefix, n):
    parts = await asyncio.gather(*[leaf(f"{prefix}{i}", 0.1 * (n - i)) for i in range(n)])
    return "-".join(parts)


async def main():
    res = await asyncio.gather(branch("x", 3), branch("y", 2), asyncio.gather(leaf("z", 0.05), leaf("w", 0.25)))
    print(res)
    try:
        await asyncio.gather(asyncio.gather(leaf("p", 0.1), asyncio.sleep(0.05, result=None)), asyncio.gather(branch("q", 1), return_exceptions=True))
        print("nested ok")
    except Exception as e:
        print("unexpected", repr(e))


asyncio.run(main())
