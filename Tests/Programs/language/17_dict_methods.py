# Dict methods: get keys values items pop setdefault update copy clear popitem
d = {'one': 1, 'two': 2, 'three': 3}
print(d.get('one'), d.get('four'), d.get('four', 4), d.get('two', 'dflt'))
print(d.keys(), d.values(), d.items())
print(list(d.items())[1], len(d.keys()))
print(d.pop('two'), d)
print(d.pop('missing', 'fallback'), d)
try:
    d.pop('missing')
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault('four', 4), d)
print(d.setdefault('one', 999), d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
d.update({'five': 5, 'one': 11})
print(d)
d.update([('six', 6)])
print(d)
d.update(seven=7)
print(d)
c = d.copy()
c['one'] = 'changed'
print(d['one'], c['one'])
shallow = {'lst': [1, 2]}
cp = shallow.copy()
cp['lst'].append(3)
print(shallow, cp)
print(d.popitem(), d)
print(d.popitem(), d)
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError from popitem:", type(e).__name__)
keys = d.keys()
print(keys)
d['late'] = 0
print(keys, 'late' in keys)
vals = list(d.values())
print(vals, sum(v for v in vals if isinstance(v, int)))
inventory = {'apples': 3, 'pears': 0, 'plums': 7}
for item, qty in list(inventory.items()):
    if qty == 0:
        del inventory[item]
        print("removed", item)
print(inventory)
merged = {}
for src in ({'a': 1, 'b': 2}, {'b': 3, 'c': 4}, {'a': 5}):
    merged.update(src)
    print(merged)
print(sorted(merged.items(), key=lambda kv: -kv[1]))
print({k: 0 for k in ['x', 'y']})
print(list(zip(merged.keys(), merged.values())))
