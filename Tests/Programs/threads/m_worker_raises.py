from concurrent.futures import ThreadPoolExecutor


def boom(x):
    raise ValueError(f"bad item {x}")


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(boom, 3)
    print(type(f.exception()).__name__, f.exception())
    f.result()
