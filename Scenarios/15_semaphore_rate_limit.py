"""Rate limiting with asyncio.Semaphore(3): at most three requests in flight.

All eight requests start at once, but `async with sem` lets only three past;
the others wait in the semaphore's queue, in order. Each time a request ends
and releases its slot, the next waiter gets in. The in-flight count never
goes above 3, and the whole batch takes longer than any one request.
"""
import asyncio
import sim

in_flight = 0


async def request(n, sem, seconds):
    global in_flight
    loop = asyncio.get_running_loop()
    async with sem:
        in_flight += 1
        print(f"{loop.time():.2f}  request {n} starts  (in flight: {in_flight})")
        await asyncio.sleep(seconds)
        in_flight -= 1
        print(f"{loop.time():.2f}  request {n} ends    (in flight: {in_flight})")
    return n


async def main():
    sem = asyncio.Semaphore(3)
    durations = [0.3, 0.1, 0.2, 0.3, 0.1, 0.2, 0.1, 0.2]
    tasks = [asyncio.create_task(request(n, sem, d)) for n, d in enumerate(durations)]
    sim.note("eight tasks wait in the ready queue; the first three to run take the semaphore's slots")
    await asyncio.sleep(0)
    sim.note("requests 3..7 are parked in the semaphore's waiter queue")
    done = await asyncio.gather(*tasks)
    sim.note("every request finished, never more than three at a time")
    print(f"{asyncio.get_running_loop().time():.2f}  all done: {done}")


asyncio.run(main())
