# Comparisons: chains, short-circuit of chains, mixed numeric, sequences, in/not in, is None
def val(tag, v):
    print("eval", tag)
    return v

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0)
print(1 == 1.0, 1 != 1.0, 2 >= 2, 2 <= 1.5)
print(val('a', 5) < val('b', 3) < val('c', 10))
print(val('d', 1) < val('e', 3) < val('f', 10))
print(val('g', 1) == val('h', 1) != val('i', 2))
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 == 5.0)
print('a' < 'b', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
print('apple' > 'Apple', 'b' > 'abc')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99])
print((1, 2) == (1, 2), (1, 2) < (1, 2, 0), (0, 'z') < (1, 'a'))
print([1, 2] == [1, 2], [1, 2] == (1, 2), [] == [])
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {1, 2} == {2, 1})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 4} < {1, 2, 3})
print(None == None, None is None, None is not None, None == 0)
print(True == 1, False == 0, True is True, 2 == True)
print(3 in [1, 2, 3], 4 not in [1, 2, 3], 'ell' in 'hello', 'x' in 'hello')
print('a' in {'a': 1}, 1 in {'a': 1}, 2 in {1, 2}, (1, 2) in [(1, 2)])
print('' in 'abc', [] in [[]], 1.0 in [1, 2])
print(not 1 < 2, not (1 > 2))
print(1 < 2 == 2, (1 < 2) == True)
print(max([3, 1], [2, 9]), min('b', 'ab'))
print(-1 < 0 < 1 < 2 < 3 < 4)
print(5 > 4 > 3 > 2 > 10)
items = [3, 7, 1, 9, 4]
for it in items:
    print(it, 2 < it < 8, it in (1, 9), it not in items[:2])
a = [1, 2]
b = a
c = [1, 2]
print(a == b, a is b, a == c, a is c, a is not c)
print(float('inf') > 10 ** 18, -float('inf') < -10 ** 18)
print(0.1 + 0.2 > 0.3, 0.5 == 1 / 2)
try:
    print(1 < 'a')
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < ['a'])
except TypeError as e:
    print("TypeError:", e)
print(1 == 'a', 'a' != 1, None != False)
