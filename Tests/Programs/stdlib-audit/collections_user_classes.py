"""Wrappers made to be subclassed: a case-folding UserDict, a UserList stack, a UserString; and ABC.register."""
from collections import UserDict, UserList, UserString
import collections.abc as cabc
class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = Lower({"A": 1}, B=2)
d["C"] = 3
print(d, len(d), "a" in d, d.get("x", 0), list(d.items()), d.pop("a"), d.setdefault("z", 9), d, d.copy(), type(d.copy()).__name__)
print(d | {"q": 1}, {"w": 0} | d, isinstance(d, cabc.MutableMapping), d == {"b": 2, "c": 3, "z": 9}, Lower.fromkeys("xy", 0))
class Miss(UserDict):
    def __missing__(self, key):
        return key * 2
print(Miss()["ab"], d.popitem(), d)
class Stack(UserList):
    def push(self, x): self.append(x)
s = Stack([1, 2]); s.push(3); s += [4]; s.extend(Stack([5]))
print(s, s[1:3], type(s[1:3]).__name__, s * 2, [0] + s, s.pop(), s.index(2), len(s), 3 in s, s == [1, 2, 3, 4], s < [9], isinstance(s, cabc.MutableSequence))
s.sort(reverse=True); s.reverse(); s.insert(0, 7); s.remove(7); print(s, s.count(1), s.copy(), type(s.copy()).__name__)
class Shout(UserString):
    pass
t = Shout("Hello World")
print(t.upper(), type(t.upper()).__name__, t.split(), t[0:5], type(t[0:5]).__name__, t + "!", "x" + t, t * 2, len(t), "World" in t, t.find("o"), t.startswith("He"), t == "Hello World", repr(t), str(t), t.replace("l", "L"), t.center(15, "*"), t.partition(" "), hash(t) == hash("Hello World"), Shout("%s-%d") % ("a", 1), sorted([Shout("b"), Shout("a")]))


class Bag:
    def __len__(self):
        return 0


cabc.Sized.register(Bag)
cabc.MutableMapping.register(Bag)
print(isinstance(Bag(), cabc.Mapping), issubclass(Bag, cabc.Collection), isinstance(Bag(), cabc.Sequence))
