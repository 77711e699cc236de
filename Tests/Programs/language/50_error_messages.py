# Exact messages of common runtime errors (str(e)); for rarer ones only type(e).__name__ is printed
def f(a, b):
    return a + b
def g(count=1):
    return count
none_value = None
five = 5
cases = [
    ("missing arg", lambda: f(1)),
    ("extra arg", lambda: f(1, 2, 3)),
    ("unexpected kw", lambda: g(cont=2)),
    ("int + str", lambda: 1 + "a"),
    ("str + int", lambda: "a" + 1),
    ("list + int", lambda: [1] + 1),
    ("int - str", lambda: 5 - "x"),
    ("None + int", lambda: None + 1),
    ("int * None", lambda: 3 * None),
    ("list index", lambda: [1, 2, 3][3]),
    ("tuple index", lambda: (1,)[5]),
    ("str index", lambda: "abc"[10]),
    ("int division", lambda: 1 / 0),
    ("int floordiv*", lambda: 1 // 0),
    ("int modulo*", lambda: 1 % 0),
    ("float division*", lambda: 1.0 / 0),
    ("subscript int", lambda: five[0]),
    ("subscript None", lambda: none_value[0]),
    ("call None", lambda: none_value()),
    ("call int", lambda: five()),
    ("dict key", lambda: {"a": 1}["missing"]),
    ("int literal", lambda: int("x")),
    ("int literal base", lambda: int("9", 8)),
    ("float literal*", lambda: float("x1")),
    ("undefined name", lambda: undefined_thing),
    ("attribute", lambda: [].nosuch),
    ("str attribute", lambda: "s".nosuch),
    ("len of int", lambda: len(42)),
    ("unhashable", lambda: {[1]: 2}),
    ("set unhashable", lambda: {[1], [2]}),
    ("compare", lambda: 1 < "2"),
    ("compare list", lambda: [1] > 1),
    ("not iterable", lambda: list(5)),
    ("unpack", lambda: [a for a, b in [(1, 2, 3)]]),
    ("neg shift*", lambda: 1 << -1),
    ("unary*", lambda: -"a"),
    ("str times float*", lambda: "a" * 2.5),
    ("list.index*", lambda: [1, 2].index(5)),
    ("remove*", lambda: [1, 2].remove(5)),
    ("pop empty*", lambda: [].pop()),
    ("dict pop", lambda: {}.pop("k")),
    ("set remove", lambda: {1}.remove(2)),
    ("next*", lambda: next(iter([]))),
]
for label, fn in cases:
    try:
        result = fn()
        print(label, "-> no error:", repr(result))
    except Exception as e:
        if label.endswith("*"):
            print(f"{label}: {type(e).__name__}")
        else:
            print(f"{label}: {type(e).__name__}: {e}")
