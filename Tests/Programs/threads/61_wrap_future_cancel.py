"""wrap_future: cancelling the asyncio side cancels a queued concurrent future; a cancelled one raises CancelledError."""
import asyncio, time
from concurrent.futures import ThreadPoolExecutor
ran = []
def job(n):
    time.sleep(0.2)
    ran.append(n)
    return n
async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(1) as ex:
        a = loop.run_in_executor(ex, job, 1)
        b = loop.run_in_executor(ex, job, 2)
        cf = ex.submit(job, 3)
        c = asyncio.wrap_future(cf)
        await asyncio.sleep(0.1)
        print(b.cancel(), c.cancel())
        await asyncio.sleep(0)
        print(cf.cancelled(), cf.done())
        print(await a, ran)
        d = asyncio.wrap_future(ex.submit(job, 4))
        r = await asyncio.gather(d, return_exceptions=True)
        print(r, f"{loop.time():.2f}")
        e = ex.submit(job, 5)
        e.cancel()
        try:
            await asyncio.wrap_future(e)
        except asyncio.CancelledError:
            print("cancelled concurrent future -> CancelledError")
    print(ran, f"{loop.time():.2f}")
asyncio.run(main())
