# Conditional expressions: ternaries, nesting, evaluation laziness, in comprehensions and arguments, elif chains
def classify(n):
    return "negative" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "large"
for n in [-5, 0, 3, 10, 99]:
    print(n, classify(n))
def noisy(tag, v):
    print("  evaluated", tag)
    return v
print(noisy("a", 1) if True else noisy("b", 2))
print(noisy("c", 1) if False else noisy("d", 2))
print(noisy("e", 1) if noisy("cond", 0) else noisy("f", 2))
x = 7
parity = "even" if x % 2 == 0 else "odd"
print(parity, ("big" if x > 5 else "small").upper())
print([("fizz" if i % 3 == 0 else "") + ("buzz" if i % 5 == 0 else "") or str(i) for i in range(1, 16)])
print(max(3, 9) if x else min(3, 9), abs(-x if x > 0 else x))
vals = [1, -2, 3, -4]
print([v if v > 0 else 0 for v in vals], sum(v if v > 0 else -v for v in vals))
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"
for s in [95, 90, 85, 72, 60, 59, 0]:
    print(s, grade(s))
def sign(n):
    if n > 0:
        r = 1
    elif n < 0:
        r = -1
    else:
        r = 0
    return r
print([sign(n) for n in (-3.5, 0, 0.0, 2, -0.0)])
y = None
label = "missing" if y is None else y
print(label)
z = (lambda v: "pos" if v > 0 else "non-pos")(-1)
print(z)
nested = [[a if a == b else (a, b) for b in range(3)] for a in range(3)]
print(nested)
d = {"k": 1}
print(d["k"] if "k" in d else "default", d["q"] if "q" in d else "default")
print(1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 0 else 3)
t = 15
if t > 10:
    if t > 20:
        print("hot")
    else:
        print("warm")
elif t > 0:
    print("cool")
print(f"{'yes' if t else 'no'} {t if t < 10 else t * 2}")
print("a" if [] else "b", "c" if [0] else "d", "e" if "" else "f")
