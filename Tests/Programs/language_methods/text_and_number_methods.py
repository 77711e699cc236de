# The less common methods of str, float, int and set, used the way log parsers, formatters and
# report code use them.
import math

lines = ["INFO: started", "WARN: slow disk", "INFO: done", "data.csv", "notes.txt"]
for line in lines:
    print(repr(line.removeprefix("INFO: ")), repr(line.removesuffix(".csv")), repr(line.removesuffix("")))

table = "name\tsize\tkind\nalpha\t12\tfile\r\nb\t1234567\tdir"
print(table.expandtabs())
print(table.expandtabs(4))
print("a\tb".expandtabs(0), "x\t".expandtabs(1))


class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}?>"


row = {"host": "db1", "load": 0.75}
print("{host} at {load:.0%}".format_map(row))
print("{host} and {port}".format_map(Defaulting(row)))
for template in ["{0}", "{}", "{missing}"]:
    try:
        print(template.format_map(row))
    except (ValueError, KeyError) as error:
        print(type(error).__name__, error)

for s in ["Hello World", "Hello world", "HELLO", "", "1st Place", "ǅungla", "A", "a"]:
    print(repr(s), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable())
for s in ["_private", "class", "2fast", "naïve", "x-y", "\u00e9t\u00e9", "tab\there", "é\x7f"]:
    print(repr(s), s.isidentifier(), s.isascii(), s.isprintable())

rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print("hello world".translate(rot13))
no_vowels = str.maketrans("", "", "aeiou")
print("concurrency".translate(no_vowels))
print(sorted(str.maketrans({"a": "A", 98: None, "c": "see"}).items()))
print("abcabc".translate({ord("a"): "1", ord("b"): None, ord("c"): 51}))
for bad in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans("ab"),
            lambda: "x".translate({120: 1.5}), lambda: "x".translate({120: -1})]:
    try:
        bad()
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)

for x in [0.0, -0.0, 1.5, -2.25, 0.1, 1e300, 5e-324, 2.0 ** -1030, 123456789.125, math.pi]:
    print(x.is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x)
for text in ["0x1.8p+1", "-0X1P-2", "  0x.8  ", "1f", "inf", "-Infinity", "nan", "0x1.fffffffffffff8p+0",
             "0x1p-1075", "0x1p-1074"]:
    print(text, float.fromhex(text))
for bad in ["", "0x", "0x1p", "1.2.3", "0x1p99999"]:
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as error:
        print(repr(bad), type(error).__name__, error)
for bad in [math.inf, math.nan]:
    try:
        bad.as_integer_ratio()
    except (ValueError, OverflowError) as error:
        print(type(error).__name__, error)
print((7).real, (7).imag, (7).numerator, (7).denominator, (2**70).numerator, True.denominator)
print((2.5).real, (2.5).imag, (2.5).conjugate())

seen, now = {"a", "b", "c"}, {"b", "c", "d"}
seen.symmetric_difference_update(now)
print(sorted(seen))
seen.symmetric_difference_update(["a", "z"])
print(sorted(seen))
