# Recursion that passes through the interpreter's own code (a generator expression inside sum,
# map, sorted's key) stops at the recursion limit with RecursionError, as CPython's does.


def through_generator(x):
    return sum(through_generator(y) for y in [x])


def through_map(x):
    return list(map(through_map, [x]))


def through_sorted(x):
    return sorted([x], key=through_sorted)


for f in (through_generator, through_map, through_sorted):
    try:
        f(1)
    except RecursionError as e:
        print(f.__name__, "RecursionError:", e)

print("still running:", sum(x * x for x in range(10)))
