# A key function that changes the list being sorted: CPython reports it and keeps the sorted items.
a = list(range(5, 0, -1))


def grow(x):
    a.append(1)
    return x


try:
    a.sort(key=grow)
except ValueError as e:
    print(e)
print(a)

b = [3, 1, 2]


def empty(x):
    b.clear()
    return x


b.sort(key=empty)
print(b)

d = [3, 1, 2]


def fail(x):
    raise KeyError(x)


try:
    d.sort(key=fail)
except KeyError as e:
    print("KeyError", e)
print(d)
