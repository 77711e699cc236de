# Lambdas with sorted (key, reverse, stability), map, filter, min/max key, functions as values
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")())
print(square.__name__, type(square).__name__)
nums = [5, -3, 2, -8, 7, 0]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs))
print(sorted(nums, key=lambda n: (n % 2, n)), sorted(nums, key=abs, reverse=True))
words = ["banana", "Apple", "cherry", "fig", "Date", "elderberry"]
print(sorted(words), sorted(words, key=lambda w: w.lower()), sorted(words, key=len))
print(sorted(words, key=lambda w: (-len(w), w)))
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(map(square, range(6))))
print(list(map(str, [1, 2.5, None])), list(map(len, words)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(int, "1 22 333".split())), list(map(lambda c: c.upper(), "abc")))
print(list(filter(lambda n: n > 0, nums)), list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filter(lambda s: s.isdigit(), ["12", "x", "7", ""])))
print(max(words, key=len), min(words, key=len), max(people, key=lambda p: p[1]))
print(min(nums, key=lambda n: abs(n - 3)), max([], default=None), max([], key=len, default='d'))
ops = {
    'add': lambda a, b: a + b,
    'sub': lambda a, b: a - b,
    'mul': lambda a, b: a * b,
    'div': lambda a, b: a / b,
    'fdiv': lambda a, b: a // b,
}
for name, op in ops.items():
    print(name, op(17, 5), op(-17, 5))
pipeline = [lambda x: x + 1, lambda x: x * 3, str, lambda s: s + "!"]
val = 4
for step in pipeline:
    val = step(val)
    print(repr(val))
make_mult = lambda n: lambda x: x * n
triple = make_mult(3)
print(triple(7), make_mult(2)("ab"))
print(sorted(range(10), key=lambda n: n % 3))
print(sorted("The quick Brown fox".split(), key=lambda w: w.lower()))
print(list(map(lambda t: t[0] + t[1], zip("abc", "xyz"))))
print(sorted({3: 'c', 1: 'a', 2: 'b'}.items(), key=lambda kv: kv[1], reverse=True))
print(sorted([[3, 1], [1, 2], [3, 0]]), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
print(list(map(abs, filter(lambda v: v % 2, range(-5, 5)))))
print(sorted([2.5, 1, -0.5, 3]), sorted([True, False, 2, 0.5]))
