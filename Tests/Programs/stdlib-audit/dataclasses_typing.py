"""A job board built on dataclasses and typed with typing: the field options, InitVar, KW_ONLY, slots, nested asdict,
and the typing names real code imports."""
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY, is_dataclass, FrozenInstanceError, make_dataclass, MISSING
import dataclasses
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List, Literal, Mapping, NamedTuple,
    NewType, Optional, Protocol, Sequence, Set, Tuple, TypedDict, TypeVar, Union, cast, overload, runtime_checkable,
    get_type_hints, get_args, get_origin, Annotated, TYPE_CHECKING, AsyncIterator, Awaitable, Coroutine, Deque, DefaultDict,
    FrozenSet, Type, NoReturn, ParamSpec, Concatenate, TypeAlias, TypeGuard, Self, Never, LiteralString, assert_never, reveal_type, final, Hashable, Sized, SupportsInt, IO, TextIO, AnyStr, Text, OrderedDict, Counter, ChainMap, Generator, AsyncGenerator, ContextManager, AsyncContextManager)

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False)
    attempts: int = field(default=0, compare=False, metadata={"unit": "count"})

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5

@dataclass
class Order:
    item: str
    qty: int
    price: float
    discount: InitVar[float] = 0.0
    total: float = field(init=False)
    _: KW_ONLY
    note: str = ""
    def __post_init__(self, discount):
        self.total = self.qty * self.price * (1 - discount)

@dataclass
class Team:
    name: str
    lead: Point
    jobs: list[Job] = field(default_factory=list)
    meta: dict = field(default_factory=dict)

jobs = [Job(3, "c"), Job(1, "a", ["x"]), Job(2, "b")]
print(sorted(jobs), jobs[0] == Job(3, "zzz"), Job(1, "a") < Job(2, "a"))
p = Point(3, 4)
print(p, p.norm(), hash(p) == hash(Point(3, 4)), replace(p, y=0))
try:
    p.x = 1
except FrozenInstanceError as e:
    print(type(e).__name__, e)
o = Order("pen", 3, 2.0, 0.5, note="rush")
print(o, [f.name for f in fields(o)], fields(Job)[3].metadata["unit"])
t = Team("core", Point(1, 2), [Job(1, "a", ["t"])], {"k": [Point(0, 1)]})
print(asdict(t))
print(astuple(t))
print(is_dataclass(t), is_dataclass(Team), is_dataclass(1), repr(fields(Point)[0])[:40])
C = make_dataclass("C", [("a", int), ("b", str, field(default="x"))])
print(C(1), C.__name__)
try:
    Order("x", 1, 1.0, 0, "note")
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(e)
@dataclass(slots=True, kw_only=True)
class S:
    a: int
    b: int = 2
print(S(a=1), S.__slots__, Job.__match_args__ if hasattr(Job, "__match_args__") else None)
print(Job.__dataclass_fields__["name"].compare, dataclasses.MISSING is MISSING)

T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: List[T] = []
    def push(self, item: T) -> None: self.items.append(item)
s: Stack[int] = Stack()
s.push(1)
print(Stack[int], T, Optional[int], Union[int, str], List[int], Dict[str, List[int]], Callable[[int], str], Tuple[int, ...])
class Pair(NamedTuple):
    a: int
    b: str = "x"
print(Pair(1), Pair._fields, Pair.__annotations__)
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, Movie.__annotations__ if hasattr(Movie, "__annotations__") else None)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
UserId = NewType("UserId", int)
print(UserId(5), cast(str, 1), get_args(Dict[str, int]), get_origin(List[int]), get_args(Optional[int]))
def f(a: int, b: "str" = "x") -> Optional[int]: pass
print(f.__annotations__, get_type_hints(Pair), get_type_hints(Stack.push))
print(Literal["a", "b"], Annotated[int, "meta"], ClassVar[int], Final[int], Any, Type[int], Iterable[int], Sequence[str], TYPE_CHECKING)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(3), Self, Never, LiteralString)


import collections
class LinkedNode:
    def __init__(self, value: int, next: "Optional[LinkedNode]" = None, tags: "list[str]" = None) -> "LinkedNode":
        pass
@dataclass
class Tree:
    root: "LinkedNode"
    kids: "Dict[str, List['Tree']]"
    fn: "Callable[[int, str], bool]"
    q: "collections.deque"
def f(a: "int", b: "Optional[Tree]") -> "None": pass
print(get_type_hints(LinkedNode.__init__))
print(get_type_hints(Tree))
print(get_type_hints(f))
try:
    def g(x: "Missing"): pass
    get_type_hints(g)
except NameError as e:
    print(e)


from typing import get_overloads, clear_overloads, is_typeddict, ForwardRef, SupportsBytes, SupportsComplex, ByteString, no_type_check_decorator
@overload
def area(x: int) -> int: ...
@overload
def area(x: float) -> float: ...
def area(x):
    return x * x
print(len(get_overloads(area)), [f.__annotations__ for f in get_overloads(area)], area(3))
clear_overloads()
print(get_overloads(area))
class Movie(TypedDict):
    title: str
print(is_typeddict(Movie), is_typeddict(dict), ForwardRef("Node"), ForwardRef("A") == ForwardRef("A"))
