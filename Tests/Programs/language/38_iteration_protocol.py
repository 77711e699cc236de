# Iteration protocol: iter/next, next with default, StopIteration, exhausting iterators, shared iterators
it = iter([10, 20, 30])
print(next(it), next(it), next(it))
print(next(it, "exhausted"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration raised", repr(e), e.args)
s = iter("hi")
print(next(s), next(s), next(s, "<end>"))
d = iter({'a': 1, 'b': 2})
print(next(d), next(d))
t = iter((1, 2))
print(list(t), list(t))
r = iter(range(5))
print(next(r), list(r))
z = zip([1, 2, 3], "ab")
print(next(z), list(z), list(z))
m = map(lambda v: v * 2, [1, 2, 3])
print(next(m), list(m))
f = filter(lambda v: v > 1, [0, 1, 2, 3])
print(next(f), next(f), next(f, "none left"))
e = enumerate("xyz", start=10)
print(next(e), list(e))
rv = reversed([1, 2, 3])
print(next(rv), list(rv))
shared = iter(range(10))
pairs = list(zip(shared, shared))
print(pairs)
it2 = iter([1, 2, 3, 4, 5, 6, 7])
for x in it2:
    print("outer", x)
    if x == 3:
        print("inner consumes", next(it2))
def take(iterator, n):
    out = []
    for _ in range(n):
        try:
            out.append(next(iterator))
        except StopIteration:
            print("stopped early")
            break
    return out
src = iter("abcdefg")
print(take(src, 3), take(src, 3), take(src, 3))
def manual_loop(seq):
    it = iter(seq)
    while True:
        try:
            v = next(it)
        except StopIteration:
            print("done")
            break
        print("value", v)
manual_loop([1, 'two', 3.0])
manual_loop({5, 3, 1})
g = iter([c.upper() for c in "ab"])
print(next(g), next(g), next(g, "gen end"))
it3 = iter([1, 2, 3])
print(sum(it3), sum(it3))
it4 = iter([3, 1, 2])
print(sorted(it4), list(it4))
print(list(iter([])), next(iter([]), "empty default"))
it5 = iter([0, 1, 2, 3])
print(3 in it5, list(it5))
it6 = iter([5, 6, 7, 8])
print(2 in it6, list(it6))
