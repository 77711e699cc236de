# Ellipsis is a value of its own; id() does not keep an object alive; a dataclass that holds itself; namedtuple's
# keyword check; random bits past 64 are non-negative.
import random
r = random.Random(5)
a = r.getrandbits(64 * 40)
print(hex(a)[:20], a.bit_length())
print(..., repr(...), type(...).__name__, ... is Ellipsis)
from dataclasses import dataclass
@dataclass
class N:
    nxt: object = None
a = N(); a.nxt = a
print(repr(a))
from collections import namedtuple
try: namedtuple('P', ['def', 'x'])
except ValueError as e: print(e)
import weakref
class O: pass
o = O()
r = weakref.ref(o)
print(id(o) == id(o), repr(r).startswith('<weakref'))
del o
print(r())
from typing import Callable, Tuple, Optional, Union
print(Callable[[int], None], Callable[..., int], Tuple[int, ...], Optional[int])
print(..., repr(Ellipsis), str(...), bool(...), hash(...) == hash(Ellipsis), ... is Ellipsis, type(...).__name__)
import copy
print(copy.copy(...) is ..., copy.deepcopy([...])[0] is ...)
def stub():
    ...
print(stub(), (1, ...), {...: 1}[...])
