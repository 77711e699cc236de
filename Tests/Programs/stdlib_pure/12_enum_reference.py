from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
class P(Flag):
    R = auto(); W = auto(); X = auto()
class L(IntEnum):
    LOW = 1; HIGH = 2
class S(StrEnum):
    A = auto()
class IF(IntFlag):
    A=1; B=2
print(repr(Color), repr(P), repr(L), repr(S), repr(IF), type(Color.RED))
print(Color.CRIMSON, list(Color), len(Color), Color.__members__)
print(Color.RED in Color)
try: Color(7)
except Exception as e: print(type(e).__name__, e)
try: Color['X']
except Exception as e: print(type(e).__name__, repr(e))
print(P.R|P.W, repr(P.R|P.W), repr(P(0)), list(P), list(P.R|P.X), P.R in (P.R|P.W), bool(P(0)), repr(~P.R), P(7))
print(L.LOW, repr(L.LOW), L.LOW + 1, L.LOW < L.HIGH, L.HIGH == 2, f'{L.LOW}')
print(format(Color.RED), f'{Color.RED}', S.A, repr(S.A), f'{S.A}')
print(IF.A|IF.B, repr(IF.A|IF.B), str(IF.A))
try:
    @unique
    class D(Enum):
        A=1; B=1; C=2; E=2
except ValueError as e: print(e)
print(Color.RED.name, Color.RED.value, hash(Color.RED)==hash('RED'), Color.RED is Color(1), Color['GREEN'])
try:
  class C2(Color): pass
except TypeError as e: print(e)

class JobState(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()

    @property
    def finished(self):
        return self is JobState.DONE

    def next(self):
        order = list(JobState)
        return order[min(order.index(self) + 1, len(order) - 1)]

state = JobState.PENDING
while not state.finished:
    print(f"{state.name:8} {state.value} -> {state.next()}")
    state = state.next()
print({JobState.DONE: "ok"}[JobState(3)], JobState["RUNNING"], isinstance(state, JobState), sorted(L), max(L))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, [p.name for p in Planet])
match state:
    case JobState.DONE:
        print("matched done")

from enum import Enum
class Mixed(str, Enum):
    RED = 'red'
    NUM = 1
print(str(Mixed.RED), repr(Mixed.RED), f'{Mixed.RED}', format(Mixed.RED, '>6'), Mixed.RED == 'red')
print(Mixed.NUM.value, repr(Mixed.NUM), Mixed('red'), Mixed.RED.upper(), Mixed.RED + '!', {'red': 1}[Mixed.RED])
print(sorted([Mixed.RED, Mixed.NUM]), len(Mixed.RED), list(Mixed))
class N(int, Enum):
    ONE = 1
    TWO = 2
print(str(N.ONE), repr(N.ONE), f'{N.ONE}', N.ONE + 1, N.ONE < 2, N(2), N.TWO == 2, sorted([N.TWO, N.ONE]))
