import asyncio


class Ticks:
    """An awaitable that gives the loop `n` turns, then reports how many it took."""

    def __init__(self, n):
        self.n = n

    def __await__(self):
        for _ in range(self.n):
            yield
        return f"{self.n} ticks"


class Delayed:
    """Awaits a future set by a timer: the classic hand-written awaitable."""

    def __init__(self, delay, value):
        self.delay = delay
        self.value = value

    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(self.delay, fut.set_result, self.value)
        result = yield from fut.__await__()
        return result * 2


class ViaCoroutine:
    def __init__(self, name):
        self.name = name

    async def _run(self):
        await asyncio.sleep(0.1)
        return f"hello {self.name}"

    def __await__(self):
        return self._run().__await__()


class Guarded:
    def __await__(self):
        fut = asyncio.get_running_loop().create_future()
        try:
            yield from fut.__await__()
        finally:
            print("Guarded cleaned up, future cancelled:", fut.cancelled())


async def wait_guarded():
    try:
        await Guarded()
    except asyncio.CancelledError:
        print("wait_guarded saw the cancellation")
        raise


async def ticker(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    print(await Ticks(2))
    results = await asyncio.gather(ticker("a"), Ticks(3).__await__.__self__, ticker("b"))
    print(results)
    print(await Delayed(0.5, 21))
    print(await ViaCoroutine("world"))
    task = asyncio.ensure_future(asyncio.sleep(0.1, "slept"))
    print(await task)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(7)
    print(await fut, list(fut.__await__()) if False else "done")
    for bad in (object(), 5):
        try:
            await bad
        except TypeError as e:
            print("TypeError:", e)

    class Bad:
        def __await__(self):
            return 42

    try:
        await Bad()
    except TypeError as e:
        print("TypeError:", e)
    g = asyncio.ensure_future(Delayed(0.1, 1))
    print(await g)
    waiter = asyncio.create_task(wait_guarded())
    await asyncio.sleep(0.1)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("waiter cancelled:", waiter.cancelled())
    c = ticker("never")
    c.close()
    print("closed")


asyncio.run(main())
