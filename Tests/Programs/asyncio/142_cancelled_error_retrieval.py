"""The CancelledError of a cancelled task is handed out once; later retrievals build a fresh one."""
import asyncio


async def sleeper():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("msg")
    first = None
    try:
        await t
    except asyncio.CancelledError as e:
        first = e
        print("first", e.args)
    for how in ("result", "exception", "await", "gather"):
        try:
            if how == "result":
                t.result()
            elif how == "exception":
                t.exception()
            elif how == "await":
                await t
            else:
                r = await asyncio.gather(t, return_exceptions=True)
                print("gather gives", repr(r[0]))
                r = await asyncio.gather(t)
        except asyncio.CancelledError as e:
            print(how, e.args, e is first)
    f = asyncio.get_running_loop().create_future()
    f.cancel("fmsg")
    for i in range(2):
        try:
            f.result()
        except asyncio.CancelledError as e:
            print("future", i, e.args)


asyncio.run(main())
