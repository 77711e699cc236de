# Multiple inheritance: mixins, the diamond, C3 method resolution order, cooperative super()
class Base:
    def __init__(self, **kwargs):
        print("Base.__init__", sorted(kwargs))

    def greet(self):
        return ["Base"]


class Left(Base):
    def __init__(self, left=None, **kwargs):
        print("Left.__init__", left)
        super().__init__(**kwargs)

    def greet(self):
        return ["Left"] + super().greet()


class Right(Base):
    def __init__(self, right=None, **kwargs):
        print("Right.__init__", right)
        super().__init__(**kwargs)

    def greet(self):
        return ["Right"] + super().greet()


class Diamond(Left, Right):
    def __init__(self, **kwargs):
        print("Diamond.__init__")
        super().__init__(**kwargs)

    def greet(self):
        return ["Diamond"] + super().greet()


d = Diamond(left=1, right=2)
print(d.greet())
print([c.__name__ for c in Diamond.__mro__])


class JsonMixin:
    def to_json(self):
        parts = [f'"{k}": {v!r}' for k, v in vars(self).items()]
        return "{" + ", ".join(parts).replace("'", '"') + "}"


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class User(JsonMixin, ReprMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age


u = User("ada", 36)
print(u)
print(u.to_json())
print(isinstance(u, JsonMixin), isinstance(u, ReprMixin), User.__bases__)


class A:
    def who(self):
        return "A"


class B(A):
    pass


class C(A):
    def who(self):
        return "C"


class D(B, C):
    pass


print(D().who(), [k.__name__ for k in D.__mro__])

for bases in [(A, B), (B, A)]:
    try:
        Bad = type("Bad", bases, {})
        print("created", [k.__name__ for k in Bad.__mro__])
    except TypeError as e:
        print("TypeError:", e)


class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass


try:
    class Z(P, Q):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)
