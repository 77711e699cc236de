# Assignment expressions: in while loops, conditions, comprehensions (binding in the enclosing scope).
import random

random.seed(7)
chunks = [list(range(i, i + 3)) for i in range(0, 12, 3)]


def read_chunk():
    return chunks.pop(0) if chunks else []


total = 0
while (chunk := read_chunk()):
    total += sum(chunk)
    print("chunk", chunk, "running total", total)
print("final chunk is empty:", chunk)

rolls = []
while (roll := random.randint(1, 6)) != 6:
    rolls.append(roll)
print("rolled before a six:", rolls, "then", roll)

data = {"name": "ann", "age": "41", "city": ""}
if (age := data.get("age")) and (years := int(age)) > 40:
    print(f"{data['name']} is {years}, over forty")
if not (city := data.get("city")):
    print("no city:", repr(city))


def slow_square(x):
    return x * x


values = [1, 5, 3, 8, 2]
big = [y for x in values if (y := slow_square(x)) > 8]
print(big, "last y:", y)
print([last := v for v in values], last)


def running_totals(items):
    acc = 0
    return [acc := acc + item for item in items], acc


print(running_totals([3, 4, 5]))


def find_first_long(words, n):
    if any(len(found := w) > n for w in words):
        return found
    return None


print(find_first_long(["a", "tree", "elephant", "bee"], 3))
print(find_first_long(["a", "b"], 3))

matrix = [[1, 2], [3, 4], [5, 6]]
print([[cell for cell in row if (s := cell * 10) > 20] for row in matrix], s)
print((n := 10) * 2, n)
print(f"{(w := 'walrus')!r} {w.upper()}")


def scoped():
    items = [(t := i) for i in range(3)]
    inner = lambda: t
    return items, t, inner()


print(scoped())
