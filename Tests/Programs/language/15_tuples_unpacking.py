# Tuples and unpacking: packing, nested unpacking, swaps, unpacking in for loops, errors
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t.count(2), t.index(3))
single = (5,)
print(single, len(single), type(single).__name__, (5), type((5)).__name__)
print((), len(()), tuple(), tuple([1, 2]), tuple("hi"))
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
(m, (n, o)), k = [(10, (20, 30)), 40]
print(m, n, o, k)
first, second = [[1, 2], [3, 4]]
print(first, second)
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
for num, word in pairs:
    print(num, word)
for i, (num, word) in enumerate(pairs):
    print(i, num, word.upper())
for (a1, a2), b1 in [((1, 2), 3), ((4, 5), 6)]:
    print(a1 + a2 + b1)
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax([7]))
res = minmax([3, 5])
print(res, type(res).__name__)
t2 = t + (4, 5)
print(t2, t * 2, (0,) * 3)
print((1, 2) + (), (1,) + (2,))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0])
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
i = j = 0
print(i, j)
i, j = j + 1, i + 2
print(i, j)
fib = (0, 1)
for _ in range(8):
    fib = (fib[1], fib[0] + fib[1])
    print(fib)
d = {'a': 1, 'b': 2}
for key, val in d.items():
    print(key, val)
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))))
print((1, 2) == (1, 2), (1, 2) != (2, 1), (1, [2]) == (1, [2]))
print(hash(7) == hash(7.0), 3 in (1, 2, 3))
