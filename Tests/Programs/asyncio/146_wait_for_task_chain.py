"""wait_for timing out on a task that awaits another task: the cancel reaches the innermost."""
import asyncio


async def leaf():
    try:
        await asyncio.sleep(5)
    finally:
        print("leaf cleanup at", asyncio.get_running_loop().time())


async def mid():
    t = asyncio.create_task(leaf())
    try:
        await t
    finally:
        print("mid cleanup, leaf cancelled =", t.cancelled())


async def main():
    try:
        await asyncio.wait_for(mid(), 1)
    except TimeoutError:
        print("timeout at", asyncio.get_running_loop().time())


asyncio.run(main())
