"""An asyncio command-line tool: reads its arguments, gathers work, exits with a status when it falls short."""
import asyncio
import sys


async def fetch(i, delay):
    await asyncio.sleep(delay)
    return i * 10


async def main(argv):
    count = int(argv[1]) if len(argv) > 1 else 3
    results = await asyncio.gather(*(fetch(i, 0.1 * i) for i in range(count)))
    print("results:", results)
    if sum(results) < 100:
        print(f"usage: {argv[0]} COUNT (the total {sum(results)} is under 100)", file=sys.stderr)
        sys.exit(2)
    return sum(results)


if __name__ == "__main__":
    try:
        total = asyncio.run(main(sys.argv))
    finally:
        print("cleanup done", flush=True)
    print("total", total)
