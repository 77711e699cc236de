# Unsupported construct: a class definition must be rejected at load time (CPython runs it)
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x + p.y)
