"""Subclasses of the immutable builtins, as real code writes them: tagged strings, units, records, flags."""
import json
from enum import Enum


class Color(str):
    """A string that knows it is a colour."""

    def __new__(cls, name):
        return super().__new__(cls, name.lower())

    def shout(self):
        return self.upper() + "!"


class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError(f"below absolute zero: {degrees}")
        return super().__new__(cls, degrees)

    def __repr__(self):
        return f"Celsius({float(self)!r})"

    def to_fahrenheit(self):
        return self * 9 / 5 + 32


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Flags(int):
    NAMES = {1: "read", 2: "write", 4: "exec"}

    def __or__(self, other):
        return Flags(super().__or__(other))

    def __str__(self):
        parts = [name for bit, name in self.NAMES.items() if self & bit]
        return "|".join(parts) or "none"


class Money(int):
    """An int with a currency, kept as an attribute on the instance."""

    def __new__(cls, cents, currency="EUR"):
        obj = super().__new__(cls, cents)
        obj.currency = currency
        return obj

    def __repr__(self):
        return f"{int(self) / 100:.2f} {self.currency}"


class Tags(frozenset):
    def describe(self):
        return ", ".join(sorted(self))


class Blob(bytes):
    def checksum(self):
        return sum(self) % 256


class Name(str):
    pass


class Shout(str):
    def __str__(self):
        return self.upper()

    def __format__(self, spec):
        return "<" + format(str(self), spec) + ">"


class Caseless(str):
    """A header name: compares and hashes without case."""

    def __eq__(self, other):
        return super().__eq__(other.lower()) if isinstance(other, str) else NotImplemented

    def __hash__(self):
        return super().__hash__()

    def __new__(cls, text):
        return super().__new__(cls, text.lower())


class Row(tuple):
    FIELDS = ("id", "name")

    def __getitem__(self, key):
        if isinstance(key, str):
            key = self.FIELDS.index(key)
        return super().__getitem__(key)


class Bag(set):
    def __init__(self, items=()):
        super().__init__(items)
        self.label = "bag"


class Level(str, Enum):
    LOW = "low"
    HIGH = "high"


class Priority(int, Enum):
    MINOR = 1
    MAJOR = 5


def strings():
    red = Color("RED")
    print(red, repr(red), type(red).__name__, len(red))
    print(red.shout(), type(red.upper()).__name__, type(red + "x").__name__)
    print(isinstance(red, str), isinstance(red, Color), issubclass(Color, str))
    print(red == "red", "red" == red, red != "blue", red < "zebra", hash(red) == hash("red"))
    palette = {red: 1, "blue": 2}
    print(palette["red"], "red" in palette, red in {"red"})
    print(f"[{red:>6}] {red!r} {red!s}", "%s/%r" % (red, red), "{}".format(red))
    print(red[0], red[::-1], list(red), "e" in red, red.startswith("r"), "-".join(red))
    print(sorted([Color("b"), Color("A"), "c"]), str(red), type(str(red)).__name__)
    n = Name("plain")
    print(n, repr(n), n * 2, n.title(), Name() == "", bool(Name("")))


def numbers():
    t = Celsius(21.5)
    print(t, repr(t), str(t), t.to_fahrenheit(), type(t.to_fahrenheit()).__name__)
    print(t + 1, t * 2, -t, abs(Celsius(-3)), round(t), int(t), t > 20, t == 21.5)
    print(f"{t:.2f}", format(t, "08.3f"), isinstance(t, float), float(t), type(float(t)).__name__)
    try:
        Celsius(-300)
    except ValueError as e:
        print("ValueError:", e)
    mode = Flags(1) | Flags(4)
    print(mode, repr(mode), int(mode), type(mode).__name__, mode & 4, mode + 1, type(mode + 1).__name__)
    print(Flags(0), Flags(7), bin(Flags(5)), Flags(6) // 4, hash(Flags(3)) == 3, [10, 20, 30][Flags(1)])
    print(Flags(2) == 2, 2 == Flags(2), Flags(2) < 3, sorted([Flags(3), 1, Flags(2)]), max(Flags(2), Flags(9)))
    price = Money(1999)
    print(price, repr(price), price.currency, price + 1, price * 2, f"{price:,}", str(price))
    print(Money(500, "USD"), isinstance(price, int), price // 100, divmod(price, 100))


def records():
    p = Point(2, 3)
    q = p + (1, 1)
    print(p, q, p.x, q.y, len(p), list(p), p == (2, 3), type(q).__name__)
    x, y = p
    print(x, y, p[0], p[-1], p[:1], tuple(p), p.count(2), p.index(3), hash(p) == hash((2, 3)))
    print(sorted([Point(3, 1), Point(1, 2)]), {p: "here"}[(2, 3)], str(p))
    tags = Tags(["b", "a", "c"])
    print(tags.describe(), len(tags), "a" in tags, isinstance(tags, frozenset), type(tags | {"d"}).__name__)
    print(sorted(tags & {"a", "z"}), tags == frozenset("abc"))
    blob = Blob(b"hello")
    print(blob, blob.checksum(), len(blob), blob[1], blob.upper(), type(blob.upper()).__name__, blob == b"hello")


def mixins():
    loud = Shout("hey")
    print(loud, f"{loud}", f"{loud:>7}", repr(loud), loud + "!", "%s" % loud, loud.title())
    bag = Bag([3, 1])
    bag.add(2)
    print(sorted(bag), len(bag), 2 in bag, isinstance(bag, set), bag.label, type(bag | {9}).__name__, bag == {1, 2, 3})
    print(repr(Bag()), repr(Tags("ab")) in ("Tags({'a', 'b'})", "Tags({'b', 'a'})"))
    print(Level.HIGH == "high", isinstance(Level.LOW, str), Level("low"), Level.HIGH.upper(), f"{Level.LOW}")
    print(repr(Level.LOW), {Level.LOW: 1}["low"], sorted([Level.LOW, Level.HIGH]), len(Level.HIGH))
    print(Priority.MAJOR > Priority.MINOR, Priority.MAJOR + 1, isinstance(Priority.MINOR, int), Priority(5).name)
    print([10, 20, 30, 40, 50, 60][Priority.MAJOR], sum(Priority), max(Priority).name)
    headers = {Caseless("Content-Type"): "text/plain"}
    print(headers["content-type"], Caseless("ETag") == "etag", "ETAG" == Caseless("etag"), headers)
    row = Row((7, "ada"))
    print(row["name"], row[0], row[-1], row[:1], len(row), json.dumps({"row": row, "flags": Flags(6), "t": Celsius(1.5)}))
    print("%d%% %5.1f %x" % (Flags(7), Celsius(2.25), Money(255)), int.__add__(Flags(1), 2), str.upper(Color("a")))


strings()
numbers()
records()
mixins()
