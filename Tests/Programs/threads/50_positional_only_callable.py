"""submit(fn, /, ...) and asyncio.to_thread(func, /, ...): fn= and func= as keywords are passed on to the call."""
import asyncio
from concurrent.futures import ThreadPoolExecutor


def echo(**kwargs):
    return kwargs


async def main():
    print(await asyncio.to_thread(echo, func=3))


with ThreadPoolExecutor(1) as ex:
    print(ex.submit(echo, fn=1, self=2).result())
    try:
        ex.submit(fn=echo)
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
