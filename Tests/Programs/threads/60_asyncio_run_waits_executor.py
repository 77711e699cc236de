"""asyncio.run waits for the default executor: a cancelled to_thread call still runs to its end first."""
import asyncio, time, threading
log = []
def slow(n):
    time.sleep(n)
    log.append(f"slow {n} done at {time.monotonic():.2f}")
    raise ValueError(n)
async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(asyncio.to_thread(slow, 0.5))
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await asyncio.wait_for(asyncio.to_thread(slow, 0.3), 0.05)
    except TimeoutError:
        log.append(f"wait_for timed out at {loop.time():.2f}")
    print(t.cancelled(), log)
    return "main done"
print(asyncio.run(main()), f"{time.monotonic():.2f}", log)
