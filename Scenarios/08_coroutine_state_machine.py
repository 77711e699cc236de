"""A coroutine is a state machine: fetch -> parse -> store.

pipeline() has three awaits, and each one is a numbered suspension point.
Watch its state go: created -> running -> suspended at await 1 -> running ->
suspended at await 2 -> ... -> done. While it is suspended the loop is free
(the clock jumps to the next timer); when it resumes it continues on the
next line with its local variables (page, words) intact.
"""
import asyncio
import sim


def log(text):
    print(f"{asyncio.get_running_loop().time():.2f}  {text}")


async def pipeline(url):
    log(f"running: before await 1 (fetch {url})")
    sim.note("pipeline suspends at await 1; nothing else is ready, so the clock jumps to 0.30")
    await asyncio.sleep(0.3)
    page = f"<html>{url}</html>"
    log(f"running: after await 1, page has {len(page)} chars")
    log("running: before await 2 (parse)")
    await asyncio.sleep(0.1)
    words = page[6:-7].split(".")
    log(f"running: after await 2, words = {words}")
    log("running: before await 3 (store)")
    await asyncio.sleep(0.2)
    log("running: after await 3, returning")
    return len(words)


async def main():
    coro = pipeline("example.org")
    sim.note("pipeline() was called, but that only created a coroutine: no line of it ran yet")
    log(f"main: created a {type(coro).__name__}; it is not running yet")
    result = await coro
    sim.note("the coroutine is done: its return value is the result of 'await coro'")
    log(f"main: pipeline returned {result}")


asyncio.run(main())
