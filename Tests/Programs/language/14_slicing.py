# Slicing: negative indices, steps, reverse, out-of-range bounds, slice assignment and deletion
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(s[-1:-4:-1], s[5:5], s[7:3], s[100:], s[-100:2])
print(s[2:100], s[::3], s[9:0:-3], s[-2::-4])
t = "abcdefgh"
print(t[1:4], t[::-1], t[::2], t[-3:], t[:-3], t[5:1:-1])
print(t[0:0], t[10:20], repr(t[4:2]))
tup = (0, 1, 2, 3, 4)
print(tup[1:3], tup[::-1], tup[-2:], tup[:1], tup[3:1])
a = list(range(8))
a[2:4] = ['x', 'y', 'z']
print(a)
a[:2] = []
print(a)
a[len(a):] = [100, 200]
print(a)
a[::2] = ['E', 'E', 'E', 'E', 'E']
print(a)
b = list(range(10))
del b[2:5]
print(b)
del b[::2]
print(b)
del b[-1:]
print(b)
c = [1, 2, 3]
c[1:1] = [9, 9]
print(c)
c[:] = "ab"
print(c)
d = c[:]
d.append('zz')
print(c, d)
word = "racecar"
print(word == word[::-1], "python"[::-1] == "nohtyp")
for k in range(-3, 4):
    print(k, s[k:], s[:k])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1:] for row in m], m[1:][0][::-1])
try:
    a[::2] = [1]
except ValueError:
    print("ValueError on extended slice assign")
print("hello world"[6:], "hello world"[:5].upper())
n = 5
print(s[n - 2:n + 2], s[-n:], s[:n][::-1])
