"""Cancelling a task that awaits a gather of tasks: every child task runs its handler."""
import asyncio


async def child(name, log):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        log.append((name, e.args))
        raise


async def waiter(log):
    a = asyncio.create_task(child("a", log))
    b = asyncio.create_task(child("b", log))
    try:
        await asyncio.gather(a, b)
    except asyncio.CancelledError as e:
        log.append(("waiter", e.args, a.cancelled(), b.cancelled()))
        raise


async def main():
    log = []
    w = asyncio.create_task(waiter(log))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    w.cancel("stop")
    await asyncio.gather(w, return_exceptions=True)
    print(log)


asyncio.run(main())
