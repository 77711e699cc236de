"""executor.map yields in argument order; a call's exception is raised when iteration reaches it."""
from concurrent.futures import ThreadPoolExecutor
import time


def divide(x):
    time.sleep(0.1 * x)
    return 12 // (x - 3)


with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(divide, [5, 4, 2, 1])))
    results = ex.map(divide, [1, 2, 3, 4])
    got = []
    try:
        for r in results:
            got.append(r)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, "after", got)
    print(list(ex.map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
