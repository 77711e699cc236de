"""call_soon_threadsafe from threads while the loop sleeps on a timer, and racing a call_later for one future."""
import asyncio, threading, time
log = []
def poke(loop, secs, what):
    time.sleep(secs)
    loop.call_soon_threadsafe(log.append, (what, round(loop.time(), 2)))
async def main():
    loop = asyncio.get_running_loop()
    threading.Thread(target=poke, args=(loop, 0.1, "early")).start()
    threading.Thread(target=poke, args=(loop, 0.7, "late")).start()
    await asyncio.sleep(0.5)
    print(log, f"{loop.time():.2f}")
    fut = loop.create_future()
    loop.call_later(0.4, fut.set_result, "timer")
    t = threading.Thread(target=lambda: (time.sleep(0.1), loop.call_soon_threadsafe(fut.set_result, "thread")))
    t.start()
    print(await fut, f"{loop.time():.2f}", log)
    try:
        loop.call_soon_threadsafe(5)
    except TypeError as e:
        print("TypeError:", e)
    h = loop.call_soon_threadsafe(print, "handle ran")
    print(type(h).__name__, h.cancelled())
    await asyncio.sleep(0.5)
    print(log, f"{loop.time():.2f}")
asyncio.run(main())
