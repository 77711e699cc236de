# break and continue: in nested loops, with else, skip patterns, early exit flags
for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print("i", i)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print("pair", i, j)

found = None
for row in range(4):
    for col in range(4):
        if row * col == 6:
            found = (row, col)
            break
    if found:
        break
print("found", found)

words = ["alpha", "", "beta", "#comment", "gamma", "STOP", "delta"]
kept = []
for w in words:
    if not w:
        print("skip empty")
        continue
    if w.startswith("#"):
        print("skip comment", w)
        continue
    if w == "STOP":
        print("stop word")
        break
    kept.append(w)
print(kept)

count = 0
while True:
    count += 1
    if count % 2 == 0:
        continue
    if count > 7:
        break
    print("odd count", count)
print("final count", count)

for n in range(5):
    if n == 10:
        break
else:
    print("no break happened")

for n in range(5):
    if n == 3:
        break
else:
    print("not printed")
print("n after break", n)

results = []
for x in range(-3, 4):
    if x == 0:
        results.append("zero")
        continue
    results.append(10 // x)
print(results)
matrix = [[1, 2, -1, 4], [5, -6, 7, 8], [9, 10, 11, 12]]
for r, row in enumerate(matrix):
    s = 0
    for v in row:
        if v < 0:
            print("row", r, "negative", v)
            break
        s += v
    else:
        print("row", r, "sum", s)
