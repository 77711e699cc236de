"""TimerHandle.when() reports the deadline; cancelled timers never run."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.5)
    h1 = loop.call_later(1, print, "h1 fired")
    h2 = loop.call_later(2, print, "h2 fired")
    h3 = loop.call_at(loop.time() + 1, print, "h3 fired")
    print("when:", h1.when(), h2.when(), h3.when())
    h1.cancel()
    print("cancelled:", h1.cancelled(), h2.cancelled())
    loop.call_later(1.5, h2.cancel)
    await asyncio.sleep(3)
    print("h2 cancelled by timer:", h2.cancelled(), "time", loop.time())
    h4 = loop.call_soon(print, "never")
    h4.cancel()
    h4.cancel()
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
