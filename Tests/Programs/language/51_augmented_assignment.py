# Augmented assignment: += -= *= /= //= %= **= on names, list items, dict values, nested subscripts, aliasing
x = 10
x += 5
print(x)
x -= 20
print(x)
x *= -3
print(x)
x /= 4
print(x, type(x).__name__)
x //= 2
print(x, type(x).__name__)
x %= 2.5
print(x)
y = 7
y //= -2
print(y)
y %= 3
print(y)
y **= 3
print(y)
z = 2
z **= -2
print(z)
n = -17
n %= 5
print(n)
n = -17
n //= 5
print(n)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 4
lst[1] **= 5
print(lst)
lst[1] //= 7
lst[2] %= 5
lst[0] /= 2
print(lst)
d = {"a": 1, "b": [1]}
d["a"] += 1
d["a"] -= 10
d["b"] += [2, 3]
print(d)
grid = [[0, 0], [0, 0]]
for i in range(2):
    for j in range(2):
        grid[i][j] += i * 10 + j
        grid[i][j] *= 2
print(grid)
counts = {"k": {"inner": 5}}
counts["k"]["inner"] **= 2
print(counts)
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
s += "cd"
s *= 2
print(s)
f = 0.1
f += 0.2
print(f)
total = 0
for i in range(1, 6):
    total += i ** 2
    print("partial", total)
idx = 0
vals = [5, 6, 7]
vals[idx] += vals[idx + 1]
idx += 1
vals[idx] -= vals[idx + 1]
print(vals, idx)
