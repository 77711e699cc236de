from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass
import queue

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False, compare=False)

@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080

@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    total: int = field(init=False, default=0)
    def __post_init__(self):
        self.total = sum(self.items.values())

@dataclass
class Point3(Point):
    z: int = 5

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), Point.__match_args__)
print(asdict(p), astuple(p), replace(p, y=9), [f.name for f in fields(Point)], is_dataclass(p), is_dataclass(3))
q = queue.PriorityQueue()
for j in [Job(3, "c"), Job(1, "a", ["x"]), Job(2, "b")]:
    q.put(j)
while not q.empty():
    print(q.get())
print(Job(1, "a") < Job(2, "b"), sorted([Job(5, "e"), Job(4, "d")]), Job(1, "x") == Job(1, "y"))
c = Config("localhost")
print(c, hash(c) == hash(Config("localhost")), {c: 1}[Config("localhost")])
try:
    c.port = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
inv = Inventory({"apple": 3, "pear": 2})
print(inv, inv.total, Inventory().items is not Inventory().items)
print(Point3(1, 2, 3), Point3(1), asdict(Point3(1)))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2), lambda: Job()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1) < Point(2)
except TypeError as e:
    print("TypeError:", e)
print(Point.__hash__ is None, hash(Job) is not None)
match Point(0, 4):
    case Point(0, y):
        print("on the y axis at", y)
@dataclass
class Nested:
    points: list
    origin: Point = field(default_factory=lambda: Point(0, 0))
print(asdict(Nested([Point(1, 1)])), astuple(Nested([Point(1, 1)])))
