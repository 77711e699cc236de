import asyncio


async def main():
    loop = asyncio.get_running_loop()
    soon = loop.create_future()
    loop.call_later(0.1, soon.set_result, "done")
    print(await soon)


asyncio.run(main())
