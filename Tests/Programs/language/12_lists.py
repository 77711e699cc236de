# Lists: creation, indexing, assignment, concatenation, repetition, nesting, aliasing, equality
a = [1, 2, 3]
print(a, len(a), a[0], a[-1])
a[1] = 20
print(a)
a[-1] += 5
print(a)
b = a + [4, 5]
print(b, a)
c = [0] * 5
print(c)
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 7
print(grid)
alias = [[0] * 2] * 3
alias[0][0] = 9
print(alias)
x = a
x.append(99)
print(a, x, a is x)
y = list(a)
y.append(100)
print(a, y)
print(list(range(5)), list("abc"), list((1, 2)), list({'k': 1, 'j': 2}))
mixed = [1, 'a', (2,), {'k': [None, True]}, 2.5, [3, [4]]]
print(mixed)
print(str(mixed) == repr(mixed), len(mixed))
print(mixed[3]['k'][1], mixed[5][1][0])
nums = [5, 3, 8, 1]
nums += [2]
print(nums)
nums *= 2
print(nums)
print([1, 2] * 0, [] * 10, [[]] * 2)
print(3 in nums, 7 in nums, nums.count(8))
empty = []
print(empty, bool(empty), len(empty))
for i, v in enumerate(['x', 'y', 'z']):
    print(i, v)
m = [[1, 2], [3, 4]]
for row in m:
    for v in row:
        print(v, end=" ")
    print()
try:
    print(a[10])
except IndexError as e:
    print("IndexError:", e)
try:
    a[10] = 1
except IndexError as e:
    print("IndexError:", e)
print(sum([[1], [2, 3]], []))
print([1, [2, [3, [4, []]]]])
z = [i * i for i in range(6)]
z[2] = 'a'
z[-1] -= 1
print(z)
print(list(reversed(z)), z)
print(max([3, 9, 2]), min([3, 9, 2]), sorted([3, 9, 2]))
print([1, 2, 3] == [1, 2, 3], [1, 2, 3] != [1, 2], [[1]] == [[1]])
w = [None, True, False, 0, '']
print(w, [repr(e) for e in w])
