"""A job state machine and permissions on enum: auto values, StrEnum, IntFlag arithmetic, unique, the functional
API, members with __init__, aliases, IntEnum ordering, match, _generate_next_value_."""
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    def is_final(self):
        return self is State.DONE
    @classmethod
    def parse(cls, text):
        return cls[text.upper()]
print(list(State), State.parse("running"), State.DONE.is_final(), State(2), State.PENDING < State.RUNNING if hasattr(State, "__lt__") and False else None)
class Color(StrEnum):
    RED = auto()
    GREEN = auto()
print(Color.RED, repr(Color.GREEN), Color.RED == "red", f"{Color.RED}", Color("green"))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm(7), Perm.R & 4, int(Perm.W | Perm.X), list(Perm(6)), Perm(0), ~Perm.R)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal["CAT"])
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-300 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.mass, Planet.EARTH.value, round(Planet.MERCURY.gravity * 1e277, 6))
try:
    State(9)
except ValueError as e:
    print(e)
try:
    State["NOPE"]
except KeyError as e:
    print(repr(e))
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, list(Shape.__members__), Shape(2).name, len(Shape))
class Level(IntEnum):
    LOW = 1
    HIGH = 3
print(Level.LOW < Level.HIGH, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW]), max(Level), Level(3).name, isinstance(Level.LOW, int))
print(State.RUNNING.name, State.RUNNING.value, type(State.RUNNING).__name__, State.__name__, isinstance(State.DONE, State), hash(State.DONE) == hash(State.DONE))
match State.RUNNING:
    case State.RUNNING:
        print("matched running")
class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()
print(Ordinal.NORTH.value, [m.value for m in Ordinal])
print(Flag, Perm.R in Perm(6), bool(Perm(0)), Perm.R.name, (Perm.R | Perm.W).name)
