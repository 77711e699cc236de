# Dicts: literals, insertion order, overwrite keeps position, int/float/tuple keys, iteration, KeyError
d = {'b': 2, 'a': 1, 'c': 3}
print(d, len(d), d['a'])
d['d'] = 4
d['b'] = 20
print(d)
del d['a']
d['a'] = 100
print(d)
print(list(d), list(d.keys()), list(d.values()))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}")
print('a' in d, 'z' in d, 20 in d, 'z' not in d)
n = {1: 'one', 2.0: 'two', (3, 4): 'tuple', True: 'bool?', None: 'none'}
print(n)
print(n[1], n[2], n[(3, 4)], n[None])
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0))
try:
    print(d['missing'])
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    print(n[(9,)])
except KeyError as e:
    print("KeyError:", e)
try:
    print({}[[1]])
except TypeError as e:
    print("TypeError:", e)
nested = {'x': {'y': {'z': [1, 2, {'w': None}]}}}
print(nested['x']['y']['z'][2])
nested['x']['y']['new'] = (1,)
print(nested)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
inv = {}
for k, v in counts.items():
    inv[v] = inv.get(v, []) + [k]
print(inv)
print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict(zip('abc', range(3))))
print(dict({'k': 1}, extra=2), dict())
e = {}
print(e, bool(e), len(e), {} == dict())
m = {i: i * i for i in range(5)}
print(m)
m[2] += 100
m[3] -= 1
m[4] *= 2
print(m)
print({'a': 1} == {'a': 1.0}, {'a': 1} == {'a': 2}, {1: 2} != {1: 2})
keys = sorted(d, key=lambda k: d[k])
print(keys)
print(sorted(d.items()), max(d, key=lambda k: d[k]))
print(str({'q': "it's"}), {'s': 'say "hi"'})
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid)
print(grid[(1, 2)], grid[1, 0])
