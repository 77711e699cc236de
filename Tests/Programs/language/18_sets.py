# Sets of ints and tuples: CPython iteration order, operators, methods, pop, set comprehension
print({5, 3, 9, 1})
print({100, 1, 33, 7, 64, 2})
print({-1, -2, 10, 0, 8})
print(set(range(20)) - {3})
print({(1, 2), (0, 5)}, {(3, 3), (1, 0), (2, 7)})
print(set([3, 3, 1, 2, 1]), set(), len(set()))
print({1000, 2000, 3000, 17, 33, 49})
s = {1, 2, 3}
s.add(4)
s.add(2)
print(s)
s.remove(1)
s.discard(99)
s.discard(2)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10, 11]), a.intersection(range(3)))
print({1, 2} <= a, {1, 9} <= a, a >= {5}, a.issubset(set(range(10))), a.issuperset({1, 2}))
print(a == {5, 4, 3, 2, 1}, {1} < {1}, {1} < {1, 2})
c = {10, 20}
c.update([30, 40], {50})
print(c)
p = {7, 3, 11, 5}
print(p.pop(), p)
print(p.pop(), p)
big = {x * 37 % 101 for x in range(15)}
print(big)
print(sorted(big), len(big), max(big), min(big))
print({x % 4 for x in range(20)}, {x for x in range(10) if x % 3 == 0})
print({(x, y) for x in range(2) for y in range(2)})
seen = set()
for n in [3, 1, 3, 2, 1, 5]:
    if n in seen:
        print("dup", n)
    seen.add(n)
print(seen)
u = {64, 32, 16, 8, 4, 2, 1}
print(u, list(u))
w = set()
for i in range(12, 0, -1):
    w.add(i * 8)
print(w)
print({-5, 5, -10, 10}, {2 ** 40, 3, 2 ** 33})
print(set((1, 2, 2)), set({3: 'a', 1: 'b'}), 3 in {1, 2, 3})
print({1.5, 2.5, 0.5}, {True, 2, 0})
x = {1, 2, 3}
x = x | {9}
print(x)
print(sorted({3, 1} ^ {1, 4}))
print(len({(1, 2), (1, 2), (2, 1)}), bool({0}), bool(set()))
