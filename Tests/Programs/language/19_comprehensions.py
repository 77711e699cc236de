# Comprehensions: list/dict/set, nested loops, multiple ifs, nested comprehensions, scoping
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print({x: x ** 2 for x in range(-3, 4)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()})
print({x % 5 for x in range(100)}, {(x, -x) for x in range(3)})
print({len(w) for w in "the quick brown fox".split()})
words = ["Apple", "bob", "Civic", "deed", "eve", "Frank"]
print([w for w in words if w.lower() == w.lower()[::-1]])
print([w.upper() if len(w) > 3 else w for w in words])
print({w[0].lower(): len(w) for w in words})
print([c for c in "Hello World" if c.isupper()])
print([i for i, c in enumerate("banana") if c == 'a'])
print([(i, j) for i in range(4) for j in range(4) if i < j if (i + j) % 2])
x = 'outer'
squares = [x for x in range(3)]
print(x, squares)
print([[0] * 2 for _ in range(3)])
flat = [y for x in [[1, [2]], [3, [4]]] for y in x]
print(flat)
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
print(sum([i for i in range(101)]), len([c for c in "mississippi" if c == 's']))
pairs = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c]
print(pairs)
print({i: [j for j in range(i)] for i in range(4)})
print([str(n) for n in [1, 2.5, None, True]])
print([(lambda v: v * 10)(n) for n in range(3)])
nested = {k: {j: k * j for j in range(2)} for k in range(3)}
print(nested)
print([x if x > 0 else -x for x in [-2, -1, 0, 1, 2]])
print([a + b for a, b in [(1, 2), (3, 4)]], [a for (a, _), _ in [((1, 2), 3)]])
print(sorted({x * 7 % 10 for x in range(10)}), {x * 7 % 10 for x in range(10)})
print([[c for c in w] for w in ["ab", "", "c"]])
print({k: v for k, v in sorted({'z': 1, 'a': 2}.items())})
