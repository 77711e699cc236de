# del statement: names, list items by index and slice, dict keys, errors after deletion
x = 10
y = [x, x]
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
print(y)
nums = list(range(10))
del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[2:4]
print(nums)
del nums[::2]
print(nums)
del nums[:]
print(nums, len(nums))
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zzz']
except KeyError as e:
    print("KeyError:", e)
try:
    del nums[5]
except IndexError as e:
    print("IndexError:", e)
a, b, c = 1, 2, 3
del a, c
print(b)
grid = [[1, 2, 3], [4, 5, 6]]
del grid[0][1]
del grid[1][-1]
print(grid)
nested = {'outer': {'inner': 1, 'keep': 2}}
del nested['outer']['inner']
print(nested)
def local_del():
    v = "temp"
    print("before del", v)
    del v
    try:
        print(v)
    except NameError as e:
        print("after del:", type(e).__name__)
local_del()
items = ['a', 'b', 'c', 'd', 'e']
while items:
    print("deleting", items[0], "from", items)
    del items[0]
cache = {i: i * i for i in range(6)}
for k in list(cache):
    if k % 2:
        del cache[k]
print(cache)
z = 5
z = z + 1
del z
z = "rebound"
print(z)
t = list("hello")
del t[1:-1]
print(t)
