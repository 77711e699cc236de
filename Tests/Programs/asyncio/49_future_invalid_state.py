"""set_result on a done future and result() on a pending one raise InvalidStateError."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("pending result:", e.args)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print("pending exception:", e.args)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("second set_result:", e.args)
    try:
        fut.set_exception(ValueError("late"))
    except asyncio.InvalidStateError as e:
        print("set_exception after result:", e.args)
    print("cancel done future:", fut.cancel(), "result still", fut.result())
    c = loop.create_future()
    c.cancel()
    try:
        c.set_result(3)
    except asyncio.InvalidStateError as e:
        print("set_result on cancelled:", e.args)
    t = asyncio.create_task(asyncio.sleep(0))
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("task set_result:", e.args)
    await t


asyncio.run(main())
