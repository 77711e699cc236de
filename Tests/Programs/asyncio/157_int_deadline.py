"""call_at with an int deadline: TimerHandle.when() (and the harness clock) keep the int."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_at(3, print, "at 3")
    print(h.when(), repr(h))
    f = loop.create_future()
    loop.call_at(2, f.set_result, None)
    await f
    print(loop.time())
    await asyncio.sleep(1.5)


asyncio.run(main())
