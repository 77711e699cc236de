# finally with loops: continue/break/return through finally, while True with break, loops inside try/except
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("loop done")

def loop_return():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("cleanup", i)
    return -1
print(loop_return())

count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("while finally", count)
print("count", count)


for outer in range(3):
    for inner in range(3):
        try:
            if inner == 1:
                continue
            if outer == inner:
                break
            print("pair", outer, inner)
        finally:
            print("  cleanup", outer, inner)
    else:
        print("inner loop completed for", outer)

def search(items, target):
    for idx, v in enumerate(items):
        try:
            if v == target:
                return idx
        finally:
            print("checked", v)
    return None
print(search([5, 6, 7], 6), search([1], 9))

def accumulate(values):
    total = 0
    for v in values:
        try:
            total += 10 // v
        except ZeroDivisionError:
            print("skip zero")
            continue
        finally:
            print("after", v, "total", total)
    return total
print(accumulate([2, 0, 5, -3]))
def safe_get(d, *keys):
    try:
        for k in keys:
            d = d[k]
        return d
    except (KeyError, IndexError, TypeError) as e:
        return "error " + type(e).__name__
data = {"a": [1, {"b": "deep"}]}
print(safe_get(data, "a", 1, "b"), safe_get(data, "x"), safe_get(data, "a", 5), safe_get(data, "a", 0, 0))
