# while loops: conditions, else clause (runs unless break), nested while, counters, break/continue inside
n = 0
while n < 5:
    print("n =", n)
    n += 1
else:
    print("while finished normally, n =", n)

n = 10
while n > 0:
    if n == 7:
        print("breaking at", n)
        break
    n -= 1
else:
    print("never printed")
print("after break n =", n)

while False:
    print("never")
else:
    print("else runs even for zero iterations")

x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz steps", steps)

i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
else:
    print("done with i =", i)

a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)

i = 0
while i < 3:
    j = 0
    while True:
        if j > i:
            break
        print(i, j, end="; ")
        j += 1
    i += 1
print()

items = [4, 8, 15, 16, 23, 42]
target = 16
lo, hi = 0, len(items) - 1
while lo <= hi:
    mid = (lo + hi) // 2
    print("lo", lo, "hi", hi, "mid", mid)
    if items[mid] == target:
        print("found at", mid)
        break
    elif items[mid] < target:
        lo = mid + 1
    else:
        hi = mid - 1
else:
    print("not found")
stack = [1, 2, 3]
while stack:
    print("popped", stack.pop())
