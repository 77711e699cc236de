# List methods: append extend insert pop remove index count sort reverse copy clear
xs = [3, 1, 4]
xs.append(1)
print(xs)
xs.extend([5, 9])
print(xs)
xs.extend("ab")
print(xs)
xs.extend(range(2))
print(xs)
xs.insert(0, 'first')
xs.insert(100, 'last')
xs.insert(-1, 'penult')
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1)
print(xs)
print(xs.index(4), xs.index('a'), xs.count(1), xs.count('zz'))
try:
    xs.remove('nope')
except ValueError:
    print("ValueError from remove")
try:
    xs.index(42)
except ValueError:
    print("ValueError from index")
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elder"]
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
words.sort(key=lambda w: (len(w), w), reverse=True)
print(words)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
pairs.sort(key=lambda p: p[0])
print(pairs)
r = [1, 2, 3]
r.reverse()
print(r, r.reverse(), r)
c = r.copy()
c.append(4)
print(r, c)
c.clear()
print(c, len(c))
print(nums.sort(), nums.append(0), nums)
stack = []
for i in range(4):
    stack.append(i * 10)
    print("push", stack)
while stack:
    print("pop", stack.pop(), stack)
q = [1, 2, 3]
q.insert(1, q.pop())
print(q)
nested = [[3, 'c'], [1, 'a'], [2, 'b']]
nested.sort()
print(nested)
mixed = [2.5, 1, 3, 0.5, -1]
mixed.sort()
print(mixed)
