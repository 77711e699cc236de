import random
import threading

random.seed(1)
a = random.Random(99)
b = random.Random(99)
print(a.random() == b.random(), a.randint(1, 6), b.randint(1, 6), random.random())
print(a.choice("xyz"), a.sample(range(10), 3), a.choices([1, 2, 3], k=4), round(a.gauss(0, 1), 12), a.getrandbits(40))
items = list(range(8))
a.shuffle(items)
print(items, isinstance(a, random.Random), type(a).__name__)
a.seed(5)
c = random.Random(5)
print(a.random() == c.random(), random.randint(0, 100))
results = {}


def worker(n):
    rng = random.Random(n)
    results[n] = [rng.randrange(100) for _ in range(3)]


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
