# for loops: else clause, searching with break, nested loop else, loop variable after loop, range forms
for i in range(3):
    print("iter", i)
else:
    print("else after normal completion, i =", i)

for n in [3, 5, 8, 11]:
    if n % 2 == 0:
        print("found even", n)
        break
else:
    print("no even found")

for n in [3, 5, 7]:
    if n % 2 == 0:
        print("found even", n)
        break
else:
    print("no even found")

for x in []:
    print("never")
else:
    print("else on empty iterable")

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")

print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
print(list(range(-5, 5, 4)), len(range(0, 100, 7)), 4 in range(5))
for i in range(5, 0, -1):
    print(i, end=" ")
print("liftoff")
total = 0
for ch in "a1b2c3":
    if ch.isdigit():
        total += int(ch)
print("digit sum", total)
for k, v in {'x': 1, 'y': 2}.items():
    pass
print("last pair", k, v)
for i, ch in enumerate("abc", start=1):
    print(i, ch)
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b)
lst = [1, 2, 3]
for item in lst:
    if item == 2:
        lst.append(99)
    print("item", item)
    if len(lst) > 5:
        break
print(lst)
