"""A task cancelled before it ever runs never executes its body, not even its try/finally."""
import asyncio


async def body(log):
    log.append("body started")
    try:
        await asyncio.sleep(1)
    finally:
        log.append("finally")


async def main():
    log = []
    t = asyncio.create_task(body(log))
    print("cancel:", t.cancel())
    print("cancelling:", t.cancelling(), "done:", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting raised CancelledError")
    print("cancelled:", t.cancelled(), "log:", log)
    print("cancel after done:", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")


asyncio.run(main())
