# A metaclass's own __instancecheck__, __subclasscheck__, __iter__, __len__, __contains__ and __repr__.
class M(type):
    def __instancecheck__(cls, o):
        return o == 1

    def __subclasscheck__(cls, c):
        return c is int

    def __iter__(cls):
        return iter(cls.members)

    def __len__(cls):
        return len(cls.members)

    def __contains__(cls, x):
        return x in cls.members

    def __repr__(cls):
        return "<registry %s>" % cls.__name__


class C(metaclass=M):
    members = ["a", "b"]


print(isinstance(1, C), isinstance(2, C), isinstance(C(), C), issubclass(int, C), issubclass(C, C))
print(list(C), len(C), "a" in C, "z" in C, repr(C), C)


class R(type):
    def __instancecheck__(cls, o):
        return isinstance(o, cls)


class D(metaclass=R):
    pass


try:
    isinstance(1, D)
except RecursionError as e:
    print("RecursionError", e)
