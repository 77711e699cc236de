# A key whose __eq__ raises: dict and set lookups, inserts and removals raise it, as in CPython.
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o):
        if isinstance(o, K) and o.n == self.n: return True
        raise ZeroDivisionError('eq %d' % self.n)
d = {K(1): 1}
for op in [lambda: d[K(2)], lambda: K(3) in d, lambda: d.get(K(4)), lambda: d.pop(K(5)),
           lambda: d.__setitem__(K(6), 0), lambda: {K(7)} | {K(8)}, lambda: K(9) in {K(1)},
           lambda: d[K(1)], lambda: [K(1)].index(K(1))]:
    try:
        print(op())
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
print(len(d))
