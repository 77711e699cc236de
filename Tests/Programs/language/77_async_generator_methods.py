# asend, athrow, aclose, aiter and anext on async generators.
import asyncio


async def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print("accumulator rejected:", e)
                continue
            await asyncio.sleep(0.1)
            total += value
    finally:
        print("accumulator cleanup, total", total)


async def main():
    acc = accumulator()
    print(type(acc).__name__, repr(acc).startswith("<async_generator object accumulator at"))
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(7))
    print(await acc.athrow(ValueError("bad input")))
    print(await acc.asend(1))
    await acc.aclose()
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")

    it = aiter(accumulator())
    print(await anext(it))
    print(await it.asend(3))
    await it.aclose()

    async def short():
        yield "only"

    s = short()
    print(await anext(s, "default"))
    print(await anext(s, "default"))
    try:
        await anext(s)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))

    async def bad():
        yield 1
        raise StopAsyncIteration

    try:
        print([x async for x in bad()])
    except RuntimeError as e:
        print("RuntimeError:", e)

    step = short().__anext__()
    print(await step)
    try:
        await step
    except RuntimeError as e:
        print("RuntimeError:", e)

    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
