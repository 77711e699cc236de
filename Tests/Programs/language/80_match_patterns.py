# Every kind of pattern: literals, captures, values, sequences, mappings, classes, or, as, guards.
import asyncio


class_constants = {"RED": 1}


def classify(value):
    match value:
        case None:
            return "None"
        case True | False as flag:
            return f"bool {flag}"
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -5:
            return "minus five"
        case 2.5:
            return "two and a half"
        case "hello" | "hi":
            return "greeting"
        case int(n) if n < 0:
            return f"negative {n}"
        case int(n):
            return f"int {n}"
        case float(x):
            return f"float {x}"
        case str() as s if s.isdigit():
            return f"numeric string {s}"
        case str(s):
            return f"string of {len(s)}"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x}"
        case [x, y]:
            return f"two items {x} {y}"
        case [first, *middle, last]:
            return f"first {first} last {last} middle {middle}"
        case {}:
            return "a dict (maybe empty)"
        case _:
            return f"other {type(value).__name__}"


for v in [None, True, False, 0, 1, 3, -5, 2.5, "hi", -7, 42, 1.5, "123", "abc",
          [], (9,), [1, 2], (1, 2, 3, 4), range(3), {}, {"a": 1}, {1, 2}, "x" * 0]:
    print(repr(v), "->", classify(v))


def tree_sum(node):
    match node:
        case int(leaf) | float(leaf):
            return leaf
        case [*children]:
            return sum(tree_sum(c) for c in children)
        case {"value": value, "children": children}:
            return value + tree_sum(children)
        case {"value": value}:
            return value


print(tree_sum([1, [2, 3], {"value": 4, "children": [5, {"value": 6}]}, 7.5]))


def dotted(code):
    match code:
        case asyncio.Future:
            return "the Future class"
        case _ if code == class_constants["RED"]:
            return "red"
        case _:
            return "unknown"


print(dotted(asyncio.Future), dotted(1), dotted(2))


def point(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y) | (y, 0):
            return f"on an axis at {y}"
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y, *rest) if rest:
            return f"too many coordinates: {rest}"
        case (x, y):
            return f"point {x},{y}"


for p in [(0, 0), (0, 5), (3, 0), (2, 2), (1, 2, 3), (4, 5), "ab"]:
    print(p, point(p))

match {"id": 7, "tags": ["a", "b"], "owner": {"name": "ann"}}:
    case {"id": int(ident), "tags": [*tags], "owner": {"name": str(owner)}}:
        print(ident, tags, owner)

match 5:
    case x:
        print("bound", x)
print("still bound after the match:", x)

try:
    match 3:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match 3:
        case len(n):
            pass
except TypeError as e:
    print("TypeError:", e)
