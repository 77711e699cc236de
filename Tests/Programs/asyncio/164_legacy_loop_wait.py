"""The pre-3.7 idiom of many books: get_event_loop, loop.create_task, run_until_complete(asyncio.wait(...)), close."""
import asyncio
import random

random.seed(7)


async def fetch(i):
    delay = random.randint(1, 5) / 10
    print(f"fetch {i}: waits {delay}")
    await asyncio.sleep(delay)
    print(f"fetch {i}: done at {asyncio.get_running_loop().time():.1f}")
    return i * i


loop = asyncio.get_event_loop()
print(loop)
tasks = [loop.create_task(fetch(i)) for i in range(5)]
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print("done:", sorted(t.result() for t in done), "pending:", pending)
print("results in order:", [t.result() for t in tasks])
loop.close()
print(loop, loop.is_closed())
