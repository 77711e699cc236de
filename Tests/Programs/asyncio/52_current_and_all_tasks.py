"""current_task() identifies the running task; all_tasks() counts the unfinished ones."""
import asyncio


async def child(name, delay, seen):
    seen.append((name, asyncio.current_task().get_name()))
    await asyncio.sleep(delay)


async def main():
    seen = []
    print("tasks at start:", len(asyncio.all_tasks()))
    ts = [asyncio.create_task(child(f"c{i}", i * 0.5, seen), name=f"c{i}") for i in range(3)]
    print("after create:", len(asyncio.all_tasks()), sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(0.25)
    print("at 0.25:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(0.5)
    print("at 0.75:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print("at end:", [t.get_name() for t in asyncio.all_tasks()])
    print("current is main:", asyncio.current_task() is asyncio.all_tasks().pop())
    print(seen)
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("current_task in callback:", asyncio.current_task()))
    await asyncio.sleep(0)


asyncio.run(main())
