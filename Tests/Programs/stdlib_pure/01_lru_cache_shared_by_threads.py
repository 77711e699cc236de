"""A price lookup cached with lru_cache, shared by the workers of a thread pool; partial binds the currency."""
import asyncio
import functools
import threading
import time
from concurrent.futures import ThreadPoolExecutor

PRICES = {"apple": 3, "pear": 5, "plum": 2, "fig": 7}
lookups = 0
lookups_lock = threading.Lock()


@functools.lru_cache(maxsize=2)
def price(item):
    global lookups
    with lookups_lock:
        lookups += 1
    time.sleep(0.01)
    return PRICES[item]


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@timed
def quote(item, quantity, *, currency):
    """Quote a quantity of an item."""
    return f"{quantity} x {item} = {price(item) * quantity} {currency}"


def main():
    price("apple")
    print("warm:", price.cache_info())
    in_euros = functools.partial(quote, currency="EUR")
    print(in_euros.func.__name__, in_euros.keywords, functools.partial(max, 0))
    print(quote.__name__, quote.__doc__, quote.__wrapped__.__name__)
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(in_euros, item, n) for n, item in enumerate(["apple", "apple", "pear"], 1)]
        for f in futures:
            print(f.result())
    info = price.cache_info()
    print("after pool:", info.maxsize, info.currsize, info.hits + info.misses)
    price.cache_clear()
    print("cleared:", price.cache_info())

    async def run_in_loop():
        loop = asyncio.get_running_loop()
        total = functools.partial(functools.reduce, lambda a, b: a + b)
        result = await loop.run_in_executor(None, total, [price(i) for i in ["fig", "plum", "fig"]])
        print("total via executor:", result)
        print(await loop.run_in_executor(None, functools.partial(quote, "plum", 4, currency="USD")))
    asyncio.run(run_in_loop())
    print("cache:", price.cache_info(), "lookups:", lookups)


main()
