"""IntEnum, IntFlag and str-mixin enums as real code uses them: HTTP statuses, permission bits, log levels."""
import enum
import json
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
    ERROR = 500


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


class Level(str, Enum):
    DEBUG = "debug"
    INFO = "info"


s = Status.NOT_FOUND
print(repr(s), str(s), f"{s}", format(s, ">6"), "%s %d" % (s, s), s.name, s.value)
print(isinstance(s, int), s == 404, s + 1, 0 + s, s * 2, s // 100, -s, type(s + 1).__name__)
print(sorted([Status.ERROR, Status.OK, 300]), Status(200), Status["ERROR"], max(Status))
print(s in {404: "missing"}, {404: "x"}[s], hash(s) == hash(404), int(s), float(s), [10, 20][Status.OK - 200])
print(list(Status), len(Status), Status.OK < Status.ERROR, Status.OK < 201)

rw = Perm.R | Perm.W
print(repr(rw), str(rw), repr(Perm.R), str(Perm.R), f"{rw}", int(rw), rw == 6, isinstance(rw, int))
print(repr(~Perm.R), repr(~rw), repr(Perm.R & Perm.W), repr(Perm(0)), repr(Perm(7)))
print(Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(Perm(0)), rw & 4, 0 + Perm.X, Perm.X + Perm.W)
print(repr(Perm.R | 1), repr(1 | Perm.R), repr(rw ^ Perm.R), type(rw + 0).__name__)

c = Color.RED | Color.BLUE
print(repr(c), str(c), repr(~Color.RED), repr(~c), list(c), Color.GREEN in c, repr(Color(0)), bool(Color(0)))
print(list(Color), len(Color), repr(Color.RED & Color.GREEN))

print(repr(Level.INFO), str(Level.INFO), f"{Level.INFO}", Level.INFO == "info", isinstance(Level.INFO, str))
print(Level.INFO.upper(), Level("debug"), len(Level.DEBUG), Level.DEBUG + "!", sorted(Level))
print(enum.IntEnum.__mro__[1:3], issubclass(Perm, int), issubclass(Level, str))


class Number(int, Enum):
    ONE = 1
    TWO = 2


print(repr(Perm(9)), repr(Perm(8)), str(Perm(9)), list(Perm(7)), Perm.R.name, (Perm.R | Perm.W).name)
print(format(Perm.R, "03d"), f"{Perm.R:>4}", Perm.R.value, Perm.R.real, bin(Status.OK), range(300)[Status.OK])
print(repr(Number.ONE), str(Number.ONE), f"{Number.TWO}", Number.ONE + 1, Number(2), Number.TWO * 3)
print(Status(200) is Status.OK, type(Status.OK).__mro__)
try:
    Status(201)
except ValueError as e:
    print("ValueError:", e)


class Method(StrEnum):
    GET = auto()
    POST = "POST"


class Access(IntFlag):
    R = 4
    W = 2
    X = 1
    RW = 6


print(repr(Method.GET), str(Method.GET), f"{Method.POST}", Method.GET == "get", Method.GET.upper())
print("/".join([Method.GET, Method.POST]), Method("get"), {Method.GET: 1}["get"], Method.GET + "x", "%s" % Method.POST)
print(json.dumps({"m": Method.GET, "s": IntEnum("S", "A B").B}), sorted(Method), Method.GET.startswith("g"))
print(repr(Access.RW), list(Access), Access.RW is (Access.R | Access.W), repr(~Access.RW))
print(Access.R << 1, type(Access.R << 1).__name__, -Access.R, abs(Access.R), Access.R.bit_length())
Shade = IntEnum("Shade", ["LIGHT", "DARK"])
Bits = Flag("Bits", "A B C")
print(list(Shade), Shade.LIGHT + Shade.DARK, repr(Shade(2)), repr(Bits.A | Bits.C), list(Bits), Shade.__module__)
