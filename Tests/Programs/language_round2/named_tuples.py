"""namedtuple and typing.NamedTuple records used as the tuples they are: unpacked, sliced, sorted, hashed."""
import copy
from collections import namedtuple
from dataclasses import asdict, astuple, dataclass
from typing import NamedTuple

Point = namedtuple("Point", "x y")
Job = namedtuple("Job", ["name", "priority", "retries"], defaults=[0])


class Employee(NamedTuple):
    """A typed record with a default and a method."""
    name: str
    dept: str
    salary: int = 1000

    def raise_by(self, amount):
        return self._replace(salary=self.salary + amount)


p = Point(1, 2)
print(p, repr(p), str(p))
print(isinstance(p, tuple), issubclass(Point, tuple), type(p).__name__, Point.__mro__[1:])
x, y = p
print(x, y, p[0], p[-1], p[:1], p[::-1], len(p), list(p), tuple(p))
print(p + (3,), (0,) + p, p * 2, 2 in p, p.count(1), p.index(2))
print(p == (1, 2), p != (1, 2), p < (1, 3), p >= Point(1, 2), hash(p) == hash((1, 2)))
print(sorted([Point(3, 1), Point(1, 5), Point(1, 2)]))
print({p: "origin-ish"}[(1, 2)], max(Point(2, 9), Point(3, 0)))
print(p._asdict(), p._fields, Point._make([5, 6]), p._replace(y=7))
print("{} and {}".format(*p), "%d-%d" % p)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)

j = Job("build", 2)
print(j, j.retries, Job._field_defaults, Job("test", 1, 3))
print(sum(job.priority for job in [j, Job("lint", 5)]))

e = Employee("ada", "eng")
print(e, e.raise_by(250), isinstance(e, tuple), Employee._fields, Employee._field_defaults)
name, dept, salary = e
print(name, dept, salary, e[1:], e == ("ada", "eng", 1000))
print(sorted([Employee("bob", "ops", 900), e], key=lambda r: r.salary))
print([f"{r.name}:{r.salary}" for r in map(Employee._make, [("c", "d", 1), ("e", "f", 2)])])
nested = Job("deploy", 1, [3, 4])
twin = copy.deepcopy(nested)
twin.retries.append(5)
print(copy.copy(p), copy.copy(p) == p, nested, twin, type(twin).__name__, copy.deepcopy(e))


@dataclass
class Shape:
    origin: Point
    sizes: tuple


shape = Shape(Point(0, 0), (3, 4))
print(asdict(shape), astuple(shape), type(asdict(shape)["origin"]).__name__)
match p:
    case Point(x=1, y=yy):
        print("matched y =", yy)
