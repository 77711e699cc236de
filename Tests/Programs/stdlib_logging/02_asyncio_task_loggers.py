# Loggers in asyncio tasks: one child logger per worker, a handler on the parent, propagation to the root.
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(relativeCreated)6.0f %(levelname)s:%(name)s:%(message)s")
service = logging.getLogger("service")
service.propagate = False
handler = logging.StreamHandler()
handler.setFormatter(logging.Formatter("{name:>16} | {funcName}:{lineno} | {message}", style="{"))
service.addHandler(handler)


async def worker(n, queue):
    log = service.getChild(f"worker{n}")
    while True:
        job = await queue.get()
        log.debug("got %r", job)
        await asyncio.sleep(job / 10)
        if job == 3:
            try:
                raise ValueError(f"job {job} is cursed")
            except ValueError:
                log.exception("job %d failed", job)
        else:
            log.info("job %d done", job)
        queue.task_done()


async def main():
    logging.info("starting with %s", service)
    queue = asyncio.Queue()
    for job in [1, 3, 2, 4, 1]:
        queue.put_nowait(job)
    workers = [asyncio.create_task(worker(n, queue)) for n in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    logging.getLogger("service.worker0").warning("seen by the service handler only")
    logging.getLogger("other").warning("seen by the root handler")
    print("levels:", service.getEffectiveLevel(), logging.getLogger("service.worker1").getEffectiveLevel())


asyncio.run(main())
