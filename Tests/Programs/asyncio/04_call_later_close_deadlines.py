"""Deadlines 0.1+0.2 and 0.3 differ in floating point; timers fire in true numeric order."""
import asyncio


def fire(label):
    loop = asyncio.get_running_loop()
    print(label, loop.time())


async def main():
    loop = asyncio.get_running_loop()
    print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3)
    loop.call_later(0.1 + 0.2, fire, "a:0.1+0.2")
    loop.call_later(0.3, fire, "b:0.3")
    loop.call_later(0.30000000000000004, fire, "c:0.30000000000000004")
    loop.call_later(0.29999999999999999, fire, "d:0.29999999999999999")
    loop.call_later(0.2, fire, "e:0.2")
    await asyncio.sleep(0.5)
    print("time", loop.time())


asyncio.run(main())
