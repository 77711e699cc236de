"""Semaphore released several times at once wakes several waiters in FIFO order."""
import asyncio


async def main():
    sem = asyncio.Semaphore(0)
    log = []

    async def w(i):
        await sem.acquire()
        log.append(i)

    ts = [asyncio.create_task(w(i)) for i in range(5)]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    sem.release()
    print("locked?", sem.locked(), sem._value)
    await asyncio.sleep(0)
    print(log)
    ts[3].cancel()
    sem.release()
    await asyncio.sleep(0)
    print(log)
    await asyncio.sleep(0)
    print(log, sem._value)
    sem.release()
    await asyncio.sleep(0)
    print(log, sem._value, [t.done() for t in ts])


asyncio.run(main())
