# Uncaught IndexError: list index out of range at module level inside a loop
items = [10, 20, 30]
for i in range(4):
    print(i, items[i])
