"""An exception raised in a pool worker is stored in the future: exception() returns it, result() raises it."""
from concurrent.futures import ThreadPoolExecutor
import time


def parse(text):
    time.sleep(0.1)
    return int(text)


with ThreadPoolExecutor(max_workers=2) as ex:
    good = ex.submit(parse, "42")
    bad = ex.submit(parse, "forty-two")
    print(good.result(), good.exception())
    err = bad.exception()
    print(type(err).__name__, err)
    try:
        bad.result()
    except ValueError as e:
        print("result() raised:", e, e is err)
    print(bad.done(), bad.cancelled(), bad.running())
