"""BoundedSemaphore raises ValueError when released more times than acquired."""
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    await sem.acquire()
    print("locked:", sem.locked())
    sem.release()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("over-release:", repr(e))
    async with sem:
        print("inside, locked:", sem.locked())
    print("is Semaphore subclass:", isinstance(sem, asyncio.Semaphore))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("negative:", repr(e))


asyncio.run(main())
