"""A dice-and-cards simulation that uses every part of random: seeding, state save/restore, instances,
subclasses, every distribution, weighted choices and samples with counts."""
import random

print(sorted(n for n in random.__all__ if not hasattr(random, n)))


def show(label, value):
    print(f"{label:>16}: {round(value, 10) if isinstance(value, float) else value}")


for seed in (0, 1, 42, -42, 2**40 + 7, 2**100 + 3, "hello", b"hello", bytearray(b"abc"), 3.25, -1.5, True, None):
    rng = random.Random(seed)
    if seed is None:
        rng.seed(12345)
    draws = [rng.random(), rng.randrange(100), rng.randint(-5, 5), rng.getrandbits(70), rng.choice("abcdef")]
    print(repr(seed)[:20], [round(d, 12) if isinstance(d, float) else d for d in draws])

for text in ("spam", b"eggs", ""):
    r = random.Random()
    r.seed(text, version=1)
    print("v1", repr(text), r.randrange(10**9))

random.seed(2024)
state = random.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
g = random.Random(5)
g.gauss(0, 1)
saved = g.getstate()
print("gauss_next kept:", saved[2] is not None, round(g.gauss(0, 1), 12))
g.setstate(saved)
print("replayed:", round(g.gauss(0, 1), 12))
legacy = (2, saved[1], None)
g.setstate(legacy)
print("version 2:", round(g.random(), 12))

rng = random.Random(99)
show("uniform", rng.uniform(1, 10))
show("triangular", rng.triangular(0, 10, 2))
show("triangular mid", rng.triangular())
show("triangular flat", rng.triangular(3, 3, 3))
show("normalvariate", rng.normalvariate(100, 15))
show("gauss", rng.gauss())
show("lognormvariate", rng.lognormvariate(0, 0.5))
show("expovariate", rng.expovariate(1.5))
show("vonmisesvariate", rng.vonmisesvariate(1.0, 4.0))
show("vonmises flat", rng.vonmisesvariate(1.0, 0))
for alpha in (0.5, 1.0, 2.5):
    show(f"gamma({alpha})", rng.gammavariate(alpha, 2.0))
show("betavariate", rng.betavariate(2, 5))
show("paretovariate", rng.paretovariate(3))
show("weibullvariate", rng.weibullvariate(1.0, 1.5))
show("randbytes", rng.randbytes(6))
show("randrange step", rng.randrange(10, 100, 7))
show("randrange neg", rng.randrange(50, 0, -3))
show("randrange big", rng.randrange(10**25, 10**25 + 10**20))

deck = [f"{rank}{suit}" for suit in "SHDC" for rank in "A23456789TJQK"]
rng.shuffle(deck)
print("hand:", deck[:5])
print("sample:", rng.sample(deck, 4), rng.sample(range(10**6), 3), rng.sample(range(100), 12))
print("counts:", rng.sample(["red", "blue"], 5, counts=[4, 2]))
print("choices:", rng.choices("HT", k=8), rng.choices(["win", "lose"], [1, 9], k=5))
print("cum:", rng.choices(range(4), cum_weights=[1, 5, 6, 10], k=6))
print("shuffled tuple list:", (lambda xs: (rng.shuffle(xs), xs)[1])(list(range(12))))


class Dice(random.Random):
    """A subclass that keeps a log of its rolls."""

    def __init__(self, seed, sides):
        super().__init__(seed)
        self.sides = sides
        self.rolls = []

    def roll(self):
        self.rolls.append(self.randint(1, self.sides))
        return self.rolls[-1]


d = Dice(7, 20)
print([d.roll() for _ in range(6)], d.rolls[:2], d.sides, type(d).__name__)


class Lcg(random.Random):
    """A generator that overrides random() only: everything else draws from it."""

    def __init__(self, seed):
        self.x = seed
        super().__init__(seed)

    def random(self):
        self.x = (self.x * 1103515245 + 12345) % 2**31
        return self.x / 2**31


lcg = Lcg(3)
print("lcg:", lcg.randrange(1000), lcg.choice("abcdefgh"), round(lcg.gauss(), 10), lcg.sample(range(50), 4))


class Bits(random.Random):
    """A generator that overrides getrandbits: randrange draws bits from it."""

    calls = 0

    def getrandbits(self, k):
        Bits.calls += 1
        return super().getrandbits(k)


b = Bits(11)
print("bits:", b.randrange(1000), b.randint(1, 6), b.choice([10, 20, 30]), Bits.calls, b.randbytes(3))

sysrand = random.SystemRandom()
print(isinstance(sysrand, random.Random), 0 <= sysrand.random() < 1, sysrand.seed(5))
for bad in (lambda: random.Random().seed([1, 2]), lambda: random.setstate((9, (), None)),
            lambda: random.setstate((3, (1, 2), None)), lambda: random.setstate((3, [0] * 625, None)),
            lambda: random.setstate((3, (0,) * 624 + (700,), None)), lambda: random.choice([]),
            lambda: random.sample({1, 2}, 1), lambda: random.sample([1, 2], 3), lambda: random.choices("ab", 3),
            lambda: random.sample("ab", 1, counts=[1.5, 1]), lambda: random.randrange(0),
            lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
            lambda: random.randint(5, 1), lambda: random.gammavariate(0, 1), lambda: random.getrandbits(-1),
            lambda: random.shuffle((1, 2, 3)), lambda: random.choices([], weights=[], k=1),
            lambda: sysrand.getstate(), lambda: random.expovariate()):
    try:
        print("no error:", bad())
    except (ValueError, TypeError, IndexError, NotImplementedError) as e:
        print(type(e).__name__ + ":", str(e).replace("\n", " "))
print(random.Random.VERSION, repr(random.Random(1)).startswith("<random.Random object at"), repr(d)[:15])

import copy
class NoSuper(random.Random):
    def __init__(self, tag):
        self.tag = tag
r = NoSuper("x")
r.seed(4)
print(r.random(), r.tag)
a = random.Random(8)
b = copy.deepcopy(a)
c = copy.copy(a)
print(a.random() == b.random() == c.random(), b is not a)
a2 = random.Random(8)
c2 = copy.copy(a2)
a2.random()
print(c2.random() == random.Random(8).random())
