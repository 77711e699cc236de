from concurrent.futures import ProcessPoolExecutor
from sim import cpu


def total(n):
    cpu(0.2)
    return n * n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=4) as pool:
        print(list(pool.map(total, range(4))))
