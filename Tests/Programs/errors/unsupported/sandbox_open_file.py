import asyncio


async def main():
    with open("/etc/passwd") as f:
        print(f.read())


asyncio.run(main())
