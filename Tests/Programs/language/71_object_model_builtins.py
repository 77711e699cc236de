# The object model from code: getattr/setattr/hasattr/delattr, vars, dir, type() with three arguments,
# __class__, __name__, __qualname__, __module__, __doc__, __dict__, __mro__, callable, isinstance with classes
class Settings:
    """Application settings."""

    theme = "dark"

    def __init__(self, **options):
        for key, value in options.items():
            setattr(self, key, value)

    def describe(self):
        return ", ".join(f"{k}={getattr(self, k)}" for k in sorted(vars(self)))


s = Settings(volume=7, language="en")
print(s.describe())
print(getattr(s, "volume"), getattr(s, "theme"), getattr(s, "missing", "default"))
print(hasattr(s, "language"), hasattr(s, "theme"), hasattr(s, "nope"))
setattr(s, "volume", 11)
delattr(s, "language")
print(vars(s), s.__dict__, "language" in vars(s))
try:
    getattr(s, "language")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(s, "language")
except AttributeError as e:
    print("AttributeError:", e)
print([name for name in dir(s) if not name.startswith("_")])
print(Settings.__name__, Settings.__qualname__, Settings.__module__, Settings.__doc__)
print(s.__class__.__name__, type(s) is Settings, Settings.__mro__, callable(Settings), callable(s))
print(Settings.describe.__name__, Settings.describe.__qualname__, s.describe.__name__)
print(Settings.__dict__["theme"], "describe" in Settings.__dict__, "volume" in Settings.__dict__)


class Outer:
    class Inner:
        def method(self):
            pass

    def make(self):
        class Local:
            pass
        return Local


print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer().make().__qualname__, Outer.Inner)


def method_for(cls_name):
    def greet(self):
        return f"hello from {type(self).__name__} ({self.level})"
    return greet


Base = type("Base", (), {"level": 1, "greet": method_for("Base")})
Child = type("Child", (Base,), {"level": 2})
print(Base, Child, Child.__bases__, Child.__mro__)
print(Base().greet(), Child().greet(), isinstance(Child(), Base))
print(type(3), type("x"), type(Base), type(type), type(None).__name__)


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


chain = Node(1, Node(2, Node(3)))
node = chain
while node:
    print(node.value, end=" ")
    node = getattr(node, "next")
print()
fields = {"x": 1, "y": 2}
point = Node(0)
for name, value in fields.items():
    setattr(point, name, value)
print(sorted(vars(point).items()))
print(isinstance(point, (int, Node)), issubclass(type(point), object), Node.__init__.__doc__)
