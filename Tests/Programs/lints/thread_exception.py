import threading

results = []


def worker(n):
    if n == 2:
        raise ValueError(f"bad item {n}")
    results.append(n * n)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
