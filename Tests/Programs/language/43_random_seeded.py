# random module with fixed seeds: random, randint, uniform, choice, shuffle, randrange, sample, reseeding
import random
from random import randint

random.seed(42)
print(random.random())
print(random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.uniform(1.0, 2.0), random.uniform(-5, 5))
print(random.choice(["red", "green", "blue"]), random.choice("abcdef"), random.choice(list(range(100))))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.randrange(10), random.randrange(5, 50), random.randrange(0, 100, 5))
print(random.sample(list(range(100)), 5), random.sample(["a", "b", "c", "d"], 2))
print(randint(100, 200), randint(-3, 3))

random.seed(42)
first = random.random()
random.seed(42)
print(first == random.random())

random.seed(2024)
rolls = [randint(1, 6) for _ in range(60)]
counts = {}
for r in rolls:
    counts[r] = counts.get(r, 0) + 1
print(rolls[:15])
print(sorted(counts.items()), sum(counts.values()))

random.seed(7)
for i in range(5):
    print(i, random.random(), random.randint(0, 1000), random.randrange(1, 7))

random.seed(0)
names = ["ann", "bob", "cy", "dee", "eve", "fay"]
random.shuffle(names)
print(names)
print(random.sample(names, 3), names)
print([random.choice([True, False]) for _ in range(8)])

random.seed(99)
vals = [random.uniform(0, 10) for _ in range(4)]
print(vals)
print([round(v, 2) for v in vals], f"{sum(vals):.4f}")

random.seed(123456789)
walk = 0
path = []
for _ in range(12):
    walk += random.choice([-1, 1])
    path.append(walk)
print(path)
print(random.randrange(1000000), random.randint(0, 2 ** 40))
random.seed(5)
grid = [[random.randint(0, 9) for _ in range(4)] for _ in range(3)]
for row in grid:
    print(row)
