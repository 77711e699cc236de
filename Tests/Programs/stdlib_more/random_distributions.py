import random
from collections import Counter

random.seed(42)
print(random.getrandbits(8), random.getrandbits(33), random.getrandbits(64), random.getrandbits(100), random.getrandbits(0))
print(random.randrange(10**30), random.randint(2**70, 2**70 + 5), random.randrange(5, 10**20))
print(random.choices(["a", "b", "c"], k=5), random.choices("xyz", weights=[5, 1, 1], k=6))
print(random.choices(range(4), cum_weights=[1, 2, 3, 10], k=4), random.choices([1, 2]))
print(round(random.expovariate(2.0), 12), round(random.triangular(0, 10), 12), round(random.triangular(0, 10, 8), 12))
print([round(random.gauss(0, 1), 12) for _ in range(3)], round(random.normalvariate(5, 2), 12))
random.seed(7)
latencies = [random.expovariate(1 / 0.05) for _ in range(1000)]
print(round(sum(latencies) / len(latencies), 9), Counter(random.choices("ABC", weights=[3, 2, 1], k=600)))
for bad in (lambda: random.choices("ab", weights=[1], k=2), lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]),
            lambda: random.choices("ab", weights=[0, 0]), lambda: random.getrandbits(-1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
