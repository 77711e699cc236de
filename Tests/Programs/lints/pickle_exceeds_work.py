from concurrent.futures import ProcessPoolExecutor


def total(numbers):
    return sum(numbers)


if __name__ == "__main__":
    data = [list(range(2000)) for _ in range(4)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(list(pool.map(total, data)))
