# Identity: is / is not with None, True, False, same object vs equal object, aliasing through functions
x = None
print(x is None, x is not None, x == None, None is None)
def nothing():
    pass
print(nothing() is None, print("side effect") is None)
flags = [True, False, None, 0, 1, "", "True"]
for f in flags:
    print(repr(f), f is True, f is False, f is None, f == True, f == False)
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
print(a is b, a is c, a is d, a == c, a == d)
b.append(4)
print(a, c)
def mutate(lst):
    lst.append("m")
    return lst
r = mutate(a)
print(r is a, a)
def rebind(lst):
    lst = ["new"]
    return lst
r2 = rebind(a)
print(r2 is a, a, r2)
e1 = {}
e2 = {}
print(e1 == e2, e1 is e2, e1 is not e2)
t = (1, [2])
u = t
print(u is t)
t[1].append(3)
print(u, t)
nested = [[]] * 3
print(nested[0] is nested[1], nested)
nested[0].append("x")
print(nested)
separate = [[] for _ in range(3)]
print(separate[0] is separate[1])
separate[0].append("x")
print(separate)
def find(items, target):
    for i, it in enumerate(items):
        if it == target:
            return i
    return None
for target in [3, 99]:
    pos = find([1, 2, 3], target)
    if pos is None:
        print(target, "not found")
    else:
        print(target, "at", pos)
print(True is not False, (1 == 1) is True, bool(1) is True, (not None) is True)
results = {"k": None}
print(results.get("k") is None, results.get("other") is None, "k" in results)
f = len
g = f
print(f is g, f is len, nothing is nothing)
