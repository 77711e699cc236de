"""asyncio.Future(), asyncio.Task(coro) and ensure_future before any loop runs belong to the current loop."""
import asyncio


async def work(x):
    await asyncio.sleep(0.1)
    return x * 2


fut = asyncio.Future()
print(fut)
task = asyncio.Task(work(1), name="worker")
other = asyncio.ensure_future(work(2))
print(task.get_name(), other.get_name())
loop = asyncio.get_event_loop()
print(fut.get_loop() is loop, task.get_loop() is loop, other.get_loop() is loop)
loop.call_later(0.05, fut.set_result, "late")
print(loop.run_until_complete(fut))
print(loop.run_until_complete(asyncio.gather(task, other)))
print(task)
loop.close()
