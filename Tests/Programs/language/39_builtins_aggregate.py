# Builtins min max sum any all zip enumerate reversed len with keys, defaults, starts and edge cases
xs = [4, -2, 9, 0, 9, -7]
print(min(xs), max(xs), min(3, 1, 2), max("a", "b", "A"))
print(max(xs, key=abs), min(xs, key=abs), max(xs, key=lambda v: -v))
print(max([], default="none"), min([], default=0), max([5], default=1))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min(["pear", "fig", "apple"]))
print(max([1, 9], [2]), min("hello"), max("hello"))
print(max(1, 2.5), min(-1, -1.0), max(True, 0))
words = ["aa", "b", "cc", "d"]
print(max(words, key=len), min(words, key=len))
print(sum(xs), sum([]), sum(xs, 100), sum([0.5, 0.25]), sum(range(101)))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any([0, 0.0, 1]))
print(all(x > -10 for x in xs), any(x == 9 for x in xs))
print(list(zip([1, 2, 3], "abc", [True, False, None])))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print(dict(zip(keys, vals)))
print(list(zip(*[(1, 'x'), (2, 'y'), (3, 'z')])))
print(list(enumerate("abc")), list(enumerate("abc", start=1)), list(enumerate([], 5)))
for i, (k, v) in enumerate(zip(keys, vals), 1):
    print(i, k, v)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed((1, 'two'))), "".join(reversed("stressed")))
print(len([1, 2]), len("héllo"), len({}), len({1: 2, 3: 4}), len(range(3, 30, 3)), len((1,)), len(set([1, 1])))
try:
    min([])
except ValueError:
    print("ValueError: min of empty")
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
scores = {"ann": 88, "bob": 95, "cy": 72}
best = max(scores, key=lambda k: scores[k])
worst = min(scores.items(), key=lambda kv: kv[1])
print(best, worst)
print(sorted(scores, key=lambda k: scores[k], reverse=True))
print(max(enumerate([3, 8, 2]), key=lambda p: p[1]))
print(sum(v for _, v in scores.items()) / len(scores))
print(list(zip(range(3), reversed(range(3)))))
print(all(a < b for a, b in zip(xs, xs[1:])), all(a <= b for a, b in zip([1, 2, 2], [2, 2, 3])))
print(min(0.1 + 0.2, 0.3), max(-0.0, 0.0), min(0.0, -0.0))
print(abs(-5), abs(3.25), abs(-0.0), abs(True))
print(list(enumerate(reversed(["x", "y"]))))
