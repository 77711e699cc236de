import copy
from dataclasses import dataclass, field
from enum import Enum
from collections import namedtuple, deque, Counter

class State(Enum):
    ON = 1

@dataclass(frozen=True)
class Cfg:
    name: str
    tags: list = field(default_factory=list)

P = namedtuple("P", "x y")
src = {"cfg": Cfg("a", [1]), "state": State.ON, "p": P(1, [2]), "d": deque([1, [2]], maxlen=3), "c": Counter("aab")}
deep = copy.deepcopy(src)
shallow = copy.copy(src)
src["cfg"].tags.append(9); src["p"].y.append(9); src["d"][1].append(9)
print(deep, shallow is not src, deep["state"] is State.ON, copy.copy(State.ON) is State.ON)
print(deep["cfg"] == Cfg("a", [1]), deep["d"].maxlen, deep["c"], copy.copy(deep["c"]))
