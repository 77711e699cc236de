"""Many timers with identical deadlines interleaved with call_soon from the callbacks."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []

    def timer(i):
        log.append(f"t{i}")
        if i % 3 == 0:
            loop.call_soon(log.append, f"s{i}")
        if i % 4 == 0:
            loop.call_later(0, log.append, f"z{i}")

    for i in range(12):
        loop.call_later(0.5, timer, i)
    for i in range(4):
        loop.call_at(0.5, log.append, f"a{i}")
    await asyncio.sleep(0.5)
    log.append("main woke")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)


asyncio.run(main())
