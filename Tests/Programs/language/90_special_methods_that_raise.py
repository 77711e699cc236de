class BadRepr:
    def __repr__(self):
        raise ValueError("no repr for you")


class BadStr:
    def __str__(self):
        return 42


class BadEq:
    def __eq__(self, other):
        raise RuntimeError("cannot compare")

    __hash__ = object.__hash__


class BadBool:
    def __bool__(self):
        raise KeyError("truth")


for label, action in [
    ("print", lambda: print(BadRepr())),
    ("repr list", lambda: repr([1, BadRepr()])),
    ("str", lambda: str(BadStr())),
    ("f-string", lambda: f"{BadRepr()!r}"),
    ("format", lambda: "{!r}".format(BadRepr())),
    ("percent", lambda: "%r" % (BadRepr(),)),
    ("in list", lambda: 5 in [BadEq()]),
    ("list ==", lambda: [BadEq()] == [BadEq()]),
    ("index", lambda: [BadEq()].index(3)),
    ("count", lambda: [1, BadEq()].count(1)),
    ("dict key", lambda: {BadEq(): 1}.get(BadEq(), "missing")),
    ("any", lambda: any([BadBool()])),
    ("filter", lambda: list(filter(None, [BadBool()]))),
    ("sorted ok", lambda: sorted([3, 1, 2])),
]:
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "raised", type(e).__name__, e)
print("still fine:", [1, 2] == [1, 2], repr("x"))


def branches():
    for label, action in [("if", lambda: 1 if BadBool() else 0), ("not", lambda: not BadBool()),
                          ("bool", lambda: bool(BadBool())), ("and", lambda: BadBool() and 1),
                          ("print two", lambda: print("before", BadRepr()))]:
        try:
            print(label, "->", action())
        except Exception as e:
            print()
            print(label, "raised", type(e).__name__, e)


branches()


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if isinstance(other, int):
            return self.cents == other
        return isinstance(other, Money) and self.cents == other.cents

    def __hash__(self):
        return hash(self.cents)


wallet = [Money(5), Money(10)]
print(wallet.index(10), 5 in wallet, wallet.count(5), 7 in wallet, {Money(3): "three"}.get(3))
