"""Cancel a task in the same loop iteration its awaited future completes."""
import asyncio


async def waiter(fut):
    try:
        v = await fut
        print("waiter got", v)
        return v
    except asyncio.CancelledError as e:
        print("waiter cancelled", e.args)
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.set_result(5)
    r = t.cancel("late")
    print("cancel returned", r, "cancelling", t.cancelling())
    try:
        print("result", await t)
    except asyncio.CancelledError as e:
        print("main saw cancelled", e.args)
    print(t.cancelled(), t.done())

    fut2 = loop.create_future()
    t2 = asyncio.create_task(waiter(fut2))
    await asyncio.sleep(0)
    t2.cancel("first")
    print("fut2 cancelled by propagation", fut2.cancelled())
    try:
        print("result2", await t2)
    except asyncio.CancelledError as e:
        print("main saw cancelled2", e.args)
    print(t2.cancelled())


asyncio.run(main())
