"""Every import form of asyncio names: from-imports, an alias."""
import asyncio as aio
from asyncio import Queue, Lock, sleep, gather, Barrier, Runner, BrokenBarrierError
from asyncio import FIRST_COMPLETED, wait, TimeoutError as AioTimeout


async def consumer(q, lock, out):
    while True:
        item = await q.get()
        async with lock:
            out.append(item)
        q.task_done()


async def main():
    q, lock, out = Queue(), Lock(), []
    workers = [aio.create_task(consumer(q, lock, out)) for _ in range(2)]
    for i in range(5):
        await q.put(i)
    await q.join()
    for w in workers:
        w.cancel()
    await gather(*workers, return_exceptions=True)
    print(out, q)
    done, pending = await wait([aio.create_task(sleep(0.1, "a")), aio.create_task(sleep(0.2, "b"))],
                               return_when=FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    print(AioTimeout is TimeoutError, BrokenBarrierError.__name__, Barrier(2).parties)
    for t in pending:
        t.cancel()


aio.run(main())
