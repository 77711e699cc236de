# Attribute hooks and class hooks: __call__, __getattr__, __setattr__, __delattr__, __slots__, __new__,
# __init_subclass__, __set_name__, class decorators
class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, value):
        return value * self.factor


double = Multiplier(2)
print(double(21), list(map(Multiplier(3), [1, 2, 3])), callable(double))


class Record:
    """Unknown attributes read from a dict of data."""

    def __init__(self, data):
        self._data = data

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None


r = Record({"title": "Dune", "year": 1965})
print(r.title, r.year, hasattr(r, "author"), getattr(r, "author", "unknown"))
try:
    r.author
except AttributeError as e:
    print("AttributeError:", e)


class Audited:
    def __init__(self):
        self.log = []
        self.value = 0

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(f"set {name}={value!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)


a = Audited()
a.value = 5
a.extra = "x"
del a.extra
print(a.log, a.value, hasattr(a, "extra"))


class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")


f = Frozen(3)
try:
    f.x = 4
except AttributeError as e:
    print("AttributeError:", e, f.x)


class Pixel:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Pixel(1, 2)
p.x = 10
print(p.x, p.y, Pixel.__slots__)
try:
    p.color = "red"
except AttributeError as e:
    print("AttributeError:", e)


class Singleton:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            print("creating the instance")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, name):
        self.name = name


first = Singleton("first")
second = Singleton("second")
print(first is second, first.name)


class Plugin:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[cls.__name__.lower()] = cls


class CsvExporter(Plugin):
    pass


class JsonExporter(Plugin):
    pass


print(sorted(Plugin.registry), Plugin.registry["csv exporter".replace(" ", "")].__name__)


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print(f"{owner.__name__}.{name} is validated")


class Order:
    quantity = Positive()
    price = Positive()


print(Order.quantity.name, Order.price.name)


def add_greeting(cls):
    cls.greet = lambda self: f"Hello from {type(self).__name__}"
    return cls


registered = []


def register(cls):
    registered.append(cls.__name__)
    return cls


@register
@add_greeting
class Robot:
    pass


print(Robot().greet(), registered)
Manual = add_greeting(type("Manual", (), {}))
print(Manual().greet())
