"""run_forever on a new loop: callbacks scheduled before it runs, a stop() from a timer callback."""
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, loop.is_running())


def tick(n):
    print("tick", n, "at", loop.time(), "running:", loop.is_running())
    if n < 3:
        loop.call_later(0.25, tick, n + 1)
    else:
        loop.stop()


loop.call_soon(tick, 1)
loop.call_at(loop.time() + 0.1, print, "call_at fired")
handle = loop.call_later(5, print, "never")
loop.run_forever()
print("stopped at", loop.time(), "running:", loop.is_running())
handle.cancel()
loop.call_soon(print, "second run")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
