"""Attribute hooks as real code uses them: access logging, read-only views, lazy records, live __dict__."""


class Audited:
    """Counts every attribute read, as a debugging proxy would."""

    def __init__(self, **fields):
        for key, value in fields.items():
            setattr(self, key, value)
        object.__setattr__(self, "reads", [])

    def __getattribute__(self, name):
        if not name.startswith("_") and name != "reads":
            object.__getattribute__(self, "reads").append(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<no {name}>"

    def total(self):
        return self.price * self.qty


class Guarded:
    def __init__(self):
        self.secret = 42
        self.public = 1

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("secret is hidden")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"fallback for {name}"

    def __delattr__(self, name):
        if name == "public":
            raise AttributeError(f"cannot delete {name}")
        print("deleting", name)
        super().__delattr__(name)


class Record:
    kind = "record"

    def __init__(self, name, size):
        self.name = name
        self.size = size

    def describe(self):
        return f"{self.name}:{self.size}"


def audited():
    order = Audited(price=3, qty=4)
    print(order.total(), order.price, order.missing)
    print(order.reads)
    print(getattr(order, "qty"), hasattr(order, "nothing"), order.reads[-2:])


def guarded():
    g = Guarded()
    print(g.public, g.secret, getattr(g, "secret", "default"), hasattr(g, "secret"))
    g.extra = "x"
    del g.extra
    print(g.extra)
    try:
        del g.public
    except AttributeError as e:
        print("AttributeError:", e)
    print(g.public)


def live_dict():
    r = Record("a", 1)
    d = r.__dict__
    print(d, vars(r) == d, vars(r) is d, type(d).__name__)
    d["size"] = 10
    r.__dict__["color"] = "red"
    print(r.size, r.color, r.describe())
    r.__dict__.update(name="b", weight=3)
    print(r.name, r.weight, sorted(vars(r)), len(r.__dict__))
    r.extra = True
    print(d, "extra" in d, list(d.items())[-1])
    del d["color"]
    print(hasattr(r, "color"), d.pop("weight"), hasattr(r, "weight"), d.get("name"))
    for key, value in vars(r).items():
        print(" ", key, "=", value)
    clone = Record.__new__(Record)
    clone.__dict__.update(r.__dict__)
    print(clone.describe(), clone.__dict__ == r.__dict__, clone.__dict__ is r.__dict__)
    r.__dict__.clear()
    print(r.__dict__, hasattr(r, "name"), Record.kind, "describe" in Record.__dict__)
    print("kind" in Record.__dict__, Record.__dict__["kind"], sorted(k for k in Record.__dict__ if not k.startswith("__")))
    print(type(Record.__dict__).__name__, Record.__dict__.get("missing", "-"), len(vars(Record)) > 2)
    try:
        Record.__dict__["kind"] = "other"
    except TypeError as e:
        print("TypeError:", e)


audited()
guarded()
live_dict()
