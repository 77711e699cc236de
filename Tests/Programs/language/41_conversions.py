# Conversions: int() from str/float/base, float(), str(), bool(), list/tuple/dict/set constructors, errors
print(int("42"), int("  42 "), int("-17"), int("+5"), int("\t9\n"))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e18), int(True), int(False))
print(int("ff", 16), int("FF", 16), int("101", 2), int("777", 8), int("z", 36), int("0x1f", 16), int("-10", 2))
print(int("0b11", 2), int("10", 10), int("007"))
for bad in ["x", "4.5", "", " ", "1 2", "0x10"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
print(float("3.5"), float(" -1e3 "), float("inf"), float("-Infinity"), float("nan"))
print(float(2), float(-7), float("0.1"), float(".5"), float("5."), float(True))
try:
    float("abc")
except ValueError:
    print("ValueError from float")
print(str(12), str(-0.0), str(1e16), str(True), str(None), str([1, "2"]), str((1,)), str({}))
print(repr(str(3.0)), str("already"), str(2.5e-7))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool(None))
print(bool({}), bool({0: 0}), bool(set()), bool((None,)), bool("False"), bool(0.0001))
print(list("abc"), list((1, 2)), list({3: 'x'}), list(range(3)), list())
print(tuple([1, 2]), tuple("ab"), tuple({'k': 1}), tuple())
print(dict([(1, 'a'), (2, 'b')]), dict(one=1), dict([("x", [1])]), dict())
print(set([1, 2, 2, 3]), set((4, 4)), set(range(3)), set())
print(sorted(set("hello")), sorted(set({'b': 1, 'a': 2})))
print(int(float("2.9")), float(int("7")), str(int("08")), int(str(-12)))
print(int(12.0) == 12, float("1e16") == 1e16, str(0.1 + 0.2))
n = 255
print(str(n) + "!", int(str(n) * 2), float(str(n) + ".5"))
print(chr(int("65")), ord(str(7)), int(chr(55)))
values = ["10", "2.5", "abc", "-3", "1e2"]
parsed = []
for v in values:
    try:
        parsed.append(int(v))
    except ValueError:
        try:
            parsed.append(float(v))
        except ValueError:
            parsed.append(None)
print(parsed)
print(list(map(int, ["1", " 2", "3 "])), [float(x) for x in ["1", "2.50"]])
print(int(-0.0), float(-0), str(float(-0)), 1 * -0.0)
try:
    int(None)
except TypeError:
    print("TypeError from int(None)")
print(int(9.99e17), int(-1.5e10), float(9007199254740993))
