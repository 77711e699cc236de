# Nested data structures: str/repr of deep nesting, mutation through references, deep access and updates
data = [1, 'a', (2,), {'k': [None, True]}]
print(data)
print(str(data), repr(data) == str(data))
record = {
    "name": "Widget",
    "tags": ["blue", "small"],
    "dims": {"w": 2.5, "h": 10, "d": None},
    "history": [(2021, "created"), (2023, "updated")],
    "flags": {3, 1, 2},
}
print(record)
print(record["dims"]["w"], record["history"][-1][1], record["tags"][0][::-1])
record["tags"].append("new")
record["dims"]["h"] += 5
record["history"].append((2024, "it's \"quoted\""))
print(record["tags"], record["dims"], record["history"][-1])
print(repr(record["history"][-1][1]))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
transposed = [list(col) for col in zip(*matrix)]
print(transposed)
matrix[1][1] = [99, [100]]
print(matrix, matrix[1][1][1][0])
shared = [0]
holder = {"a": shared, "b": shared, "c": [shared]}
shared.append(1)
print(holder)
holder["c"][0].append(2)
print(holder, shared)
tree = ("root", [("left", []), ("right", [("leaf", [])])])
def walk(node, depth=0):
    name, children = node
    print("  " * depth + name)
    for child in children:
        walk(child, depth + 1)
walk(tree)
inventory = {}
for item, place, qty in [("pen", "desk", 3), ("pen", "bag", 1), ("cup", "desk", 2)]:
    inventory.setdefault(item, {})[place] = qty
print(inventory)
print({k: sum(v.values()) for k, v in inventory.items()})
deep = [[[[]]]]
deep[0][0][0].append("bottom")
print(deep, len(deep[0][0][0]))
pairs = {(0, 0): "origin", (1, -1): ["list", ("tuple",)]}
print(pairs, pairs[(1, -1)][1])
mixed = [1.0, -0.0, 1e16, float('inf'), 0.1 + 0.2, "é", "\n", 'q"', "q'"]
print(mixed)
print({"nested": {"deeper": {"deepest": [1, {2: (3, [4])}]}}})
print([[], {}, (), set(), "", [[]], [()], ({},)])
copy_rows = [row[:] for row in matrix]
copy_rows[0][0] = "changed"
print(matrix[0][0], copy_rows[0][0])
