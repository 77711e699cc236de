"""A plain thread hands results to the event loop with call_soon_threadsafe; the idle loop wakes at once."""
import asyncio
import threading
import time


def producer(loop, queue, count):
    for i in range(count):
        time.sleep(0.1)
        loop.call_soon_threadsafe(queue.put_nowait, f"item {i} from {threading.current_thread().name}")
    loop.call_soon_threadsafe(queue.put_nowait, None)


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    thread = threading.Thread(target=producer, args=(loop, queue, 3), name="producer")
    thread.start()
    while True:
        item = await queue.get()
        if item is None:
            break
        print(f"{loop.time():.2f}", item)
    thread.join()
    fut = loop.create_future()
    threading.Thread(target=lambda: loop.call_soon_threadsafe(fut.set_result, "done")).start()
    print(await fut, f"{loop.time():.2f}")


asyncio.run(main())
