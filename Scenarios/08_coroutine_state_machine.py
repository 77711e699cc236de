"""A coroutine is a state machine: fetch -> parse -> store.

pipeline() has three awaits (asyncviz numbers them await sites 0, 1, 2).
Watch its state go: created -> running -> suspended at fetch -> running ->
suspended at parse -> ... -> done. While it is suspended the loop is free
(the clock jumps to the next timer); when it resumes it continues on the
next line with its local variables (page, words) intact.
"""
import asyncio
import sim


def log(text):
    print(f"{asyncio.get_running_loop().time():.2f}  {text}")


async def pipeline(url):
    log(f"pipeline: running, about to await fetch of {url}")
    sim.note("pipeline runs in main's task; nothing else is ready, so when it suspends the clock jumps")
    await asyncio.sleep(0.3)
    page = f"<html>{url}</html>"
    log(f"pipeline: resumed after fetch, page has {len(page)} chars")
    log("pipeline: about to await parse")
    await asyncio.sleep(0.1)
    words = page[6:-7].split(".")
    log(f"pipeline: resumed after parse, words = {words}")
    log("pipeline: about to await store")
    await asyncio.sleep(0.2)
    log("pipeline: resumed after store, returning")
    return len(words)


async def main():
    coro = pipeline("example.org")
    sim.note("pipeline() was called, but that only created a coroutine: no line of it ran yet")
    log(f"main: created a {type(coro).__name__}; it has not started")
    result = await coro
    sim.note("the coroutine is done: its return value is the result of 'await coro'")
    log(f"main: pipeline returned {result}")


asyncio.run(main())
