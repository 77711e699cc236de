"""Worker processes are forked copies: they see the parent's globals as of the fork, and their changes stay theirs."""
from concurrent.futures import ProcessPoolExecutor

counter = 0
seen = []


def bump(n):
    global counter
    counter += n
    seen.append(n)
    return counter, len(seen)


if __name__ == "__main__":
    counter = 100
    seen.append("parent")
    with ProcessPoolExecutor(max_workers=1) as ex:
        first = ex.submit(bump, 1).result()
        counter = 1000
        print(first, ex.submit(bump, 2).result(), ex.submit(bump, 3).result())
    print("parent still has:", counter, seen)
