import asyncio


async def heartbeat():
    while True:
        await asyncio.sleep(3600)
        print("still alive")


async def serve(requests):
    for n in range(requests):
        await asyncio.sleep(0.5)
        print("served", n)


async def main():
    beat = asyncio.create_task(heartbeat())
    await serve(3)
    beat.cancel()
    try:
        await beat
    except asyncio.CancelledError:
        print("heartbeat stopped")


asyncio.run(main())
