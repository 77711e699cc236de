from concurrent.futures import ThreadPoolExecutor
from sim import io


def fetch(n):
    io(0.1)
    return n


with ThreadPoolExecutor(max_workers=10) as pool:
    print(list(pool.map(fetch, range(10))))
