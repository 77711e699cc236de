# Operator overloading: a Vector with arithmetic, reflected and in-place operators, unary operators, NotImplemented
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, scalar):
        if isinstance(scalar, (int, float)):
            return Vector(self.x * scalar, self.y * scalar)
        if isinstance(scalar, Vector):
            return self.x * scalar.x + self.y * scalar.y
        return NotImplemented

    def __rmul__(self, scalar):
        return self * scalar

    def __truediv__(self, scalar):
        return Vector(self.x / scalar, self.y / scalar)

    def __floordiv__(self, scalar):
        return Vector(self.x // scalar, self.y // scalar)

    def __mod__(self, n):
        return Vector(self.x % n, self.y % n)

    def __pow__(self, n):
        return Vector(self.x ** n, self.y ** n)

    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return Vector(+self.x, +self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __invert__(self):
        return Vector(self.y, self.x)

    def __iadd__(self, other):
        print("in-place add")
        self.x += other.x
        self.y += other.y
        return self


a = Vector(3, 4)
b = Vector(1, -2)
print(a + b, a - b, a * 2, 2 * a, a * b, a / 2, a // 2, a % 2, a ** 2)
print(a @ b, -a, +b, abs(a), ~a)
keep = a
a += b
print(a, keep is a)
a -= b
print(a, keep is a)
print(sum([Vector(1, 1), Vector(2, 2)], Vector(0, 0)))

for expr in [lambda: a + 1, lambda: 1 + a, lambda: a - "s", lambda: a * "x", lambda: "x" * a, lambda: a & a]:
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    __radd__ = __add__

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


print(Money(150) + Money(275), 100 + Money(5), sum([Money(1), Money(2), Money(3)]))


class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"


print(Base() + Derived(), Derived() + Base(), Base() + Base(), 1 + Base())


class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __repr__(self): return bin(self.v)


x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, x << 2, x >> 2)
x |= Bits(1)
print(x)
