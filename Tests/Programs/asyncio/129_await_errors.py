"""Errors from awaiting: reusing a coroutine, a task awaiting itself, non-awaitables."""
import asyncio


async def nop():
    return 1


async def self_await():
    await asyncio.sleep(0)
    await asyncio.current_task()


async def main():
    c = nop()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError", e)
    t = asyncio.create_task(self_await())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError", str(e).split(" name=")[0])
    try:
        await 3
    except TypeError as e:
        print("TypeError", e)
    try:
        asyncio.create_task(nop)
    except TypeError as e:
        print("TypeError", str(e).split(" at ")[0])
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
