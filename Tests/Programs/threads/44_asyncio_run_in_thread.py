"""asyncio.run inside a plain thread: its loop sleeps on its own timer while the main thread joins it."""
import asyncio
import threading
import time


async def nap():
    await asyncio.sleep(0.2)
    return threading.current_thread().name


def runner(out):
    out.append(asyncio.run(nap()))


out = []
t = threading.Thread(target=runner, args=(out,), name="looper")
t.start()
t.join()
print(out, f"{time.monotonic():.2f}")
