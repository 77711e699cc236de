"""run_until_complete of a gather built outside the loop, then of a plain coroutine, on the current loop."""
import asyncio


async def square(x):
    await asyncio.sleep(0.1 * x)
    print("square", x)
    return x * x


loop = asyncio.get_event_loop()
results = loop.run_until_complete(asyncio.gather(square(3), square(1), square(2)))
print(results)
print(loop.run_until_complete(square(4)))
print("is_running after:", loop.is_running())
print("time now:", loop.time())
loop.close()
