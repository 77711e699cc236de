# Rich comparisons and hashing: ordering with sorted/min/max, reflected comparisons, __eq__ with __hash__, unhashable
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash(self.parts)


versions = [Version("1.10.0"), Version("1.2.3"), Version("0.9"), Version("1.2.3")]
print(sorted(versions), min(versions), max(versions))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.1"), Version("2.0") > Version("1.9"))
print(Version("1.0") >= Version("1.0"), Version("1.0") == "1.0", Version("1.0") != "1.0")
print(len(set(versions)), {Version("1.0"): "first"}[Version("1.0")], Version("1.2.3") in versions)
print(versions.count(Version("1.2.3")), versions.index(Version("0.9")))
try:
    Version("1.0") < "1.0"
except TypeError as e:
    print("TypeError:", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point.__hash__)
try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Point(0, 0))
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, len({p, q, p}), hash(p) == hash(p))
try:
    p < q
except TypeError as e:
    print("TypeError:", e)


class Student:
    def __init__(self, name, grade):
        self.name, self.grade = name, grade

    def __lt__(self, other):
        return self.grade < other.grade

    def __repr__(self):
        return self.name


roster = [Student("ann", 88), Student("bo", 95), Student("cy", 72)]
print(sorted(roster), sorted(roster, reverse=True), max(roster))
print(roster[0] > roster[2], roster[2] > roster[0])


class AlwaysEqual:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 1


print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5)
merged = {AlwaysEqual(): "a", AlwaysEqual(): "b"}
print(len(merged), list(merged.values()))
