# isinstance with single types and tuples, bool subclass of int, type(x).__name__, function __name__
values = [0, 1.5, "s", True, None, [1], (1,), {'a': 1}, {1}, ValueError("v"), -0.0, ""]
for v in values:
    print(repr(v), "->", type(v).__name__)
print(type(lambda: 0).__name__, type(ValueError).__name__ == "type")
print(isinstance(5, int), isinstance(5, float), isinstance(5.0, float), isinstance("5", str))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), isinstance(False, (str, int)))
print(isinstance(None, (int, float)), isinstance([], (list, tuple)), isinstance((), (list, tuple)))
print(isinstance({}, dict), isinstance(set(), set), isinstance({}, set), isinstance([], list))
print(isinstance(ValueError("x"), Exception), isinstance(KeyError("k"), LookupError))
print(isinstance(KeyError("k"), (IndexError, ValueError)), isinstance(ZeroDivisionError(), ArithmeticError))
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "string"
    if isinstance(x, (list, tuple, set)):
        return "collection of " + str(len(x))
    if isinstance(x, dict):
        return "mapping"
    return "other: " + type(x).__name__
for v in [True, 3, 2.0, "hi", [1, 2], (1,), {5}, {'k': 0}, None]:
    print(describe(v))
def square(n):
    return n * n
anon = lambda: None
print(square.__name__, anon.__name__, len.__name__, print.__name__, sorted.__name__)
print(type(square).__name__, type(anon).__name__)
print(type(1) == type(2), type(1) == type(1.0), type("a") == str, type([]) == list)
print(type(True) == bool, type(True) == int, type(None).__name__)
print(type(1 + 1.0).__name__, type(3 // 1).__name__, type(3 / 1).__name__, type(2 ** -1).__name__)
print(type(True + True).__name__, type("a" * 2).__name__, type([1] * 2).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(type(ValueError("e")).__name__, type(KeyError()) == KeyError)
funcs = [abs, max, square]
print([f.__name__ for f in funcs])
print(isinstance(1, (str, float)), isinstance(1.0, (str, float)))
