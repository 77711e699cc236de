# asyncio's own logger: the selector it uses (DEBUG), closing a debug loop, and errors the loop reports.
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")


async def flaky(n):
    await asyncio.sleep(n / 10)
    if n == 2:
        raise OSError(f"peer {n} went away")
    return n


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(flaky(1), flaky(2), flaky(3), return_exceptions=True)
    logging.getLogger("app").info("gathered %s", results)
    try:
        await flaky(2)
    except OSError as e:
        loop.call_exception_handler({"message": "peer trouble", "exception": e, "peer": 2})


asyncio.run(main())
loop = asyncio.new_event_loop()
loop.set_debug(True)
print(loop.run_until_complete(flaky(1)))
loop.close()
logging.getLogger("asyncio").setLevel(logging.WARNING)
print(asyncio.run(flaky(3)))
