"""async with lock inside a task cancelled while holding the lock releases it."""
import asyncio


async def holder(lock, log):
    async with lock:
        log.append("holder has lock")
        await asyncio.sleep(10)


async def main():
    lock = asyncio.Lock()
    log = []
    h = asyncio.create_task(holder(lock, log))
    await asyncio.sleep(0)
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(lock.locked(), w.done())
    h.cancel()
    await asyncio.sleep(0)
    print(lock.locked(), w.done(), h.cancelled())
    await asyncio.sleep(0)
    print(lock.locked(), w.done(), w.result() if w.done() else None)
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    print(log)


asyncio.run(main())
