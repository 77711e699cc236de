x = 1
class A:
    y = x
    x = 2
print(A.y, A.x)
class date: pass
class B:
    def f(self) -> date:
        return 1
    def date(self):
        return 2
print(B().f(), B.f.__annotations__)
