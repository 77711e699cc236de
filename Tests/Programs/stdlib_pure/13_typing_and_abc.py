from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, Protocol, NamedTuple,
                    TypedDict, cast, TYPE_CHECKING, Iterable, Awaitable, runtime_checkable, ClassVar, Literal,
                    get_type_hints, Sequence, NewType, Final, overload)
from abc import ABC, abstractmethod
import asyncio

T = TypeVar("T")
print(Optional[int], Union[int, str], Union[int, None], List[int], Dict[str, List[int]], Tuple[int, ...])
print(Callable[[int, str], bool], Callable[..., Any], Any, T, Literal["a", "b"], Optional[List[str]])
print(cast(int, "not checked"), TYPE_CHECKING, Union[int] is int)

class Job(NamedTuple):
    name: str
    priority: int = 0
    tags: tuple = ()

j = Job("build", 2)
print(j, j.priority, Job._fields, Job("x"), j._replace(priority=5), Job.__annotations__)
name, prio, tags = j
print(name, prio, tags, j == ("build", 2, ()))

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title="Up", year=2009)
print(m, type(m).__name__, Movie.__annotations__)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), type(s).__name__, Stack[int])

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class File:
    def close(self) -> None:
        print("closed")

print(isinstance(File(), Closer), isinstance(3, Closer))

class Shape(ABC):
    sides: ClassVar[int] = 0
    @abstractmethod
    def area(self) -> float: ...
    @abstractmethod
    def perimeter(self) -> float: ...
    def describe(self) -> str:
        return f"{type(self).__name__} with area {self.area():.1f}"

class Square(Shape):
    sides = 4
    def __init__(self, side: float) -> None:
        self.side = side
    def area(self) -> float:
        return self.side ** 2
    def perimeter(self) -> float:
        return 4 * self.side

class Half(Shape):
    def area(self) -> float:
        return 1.0

for make in (Shape, Half):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), Square.sides)
UserId = NewType("UserId", int)
print(UserId(5), get_type_hints(Movie))

async def fetch(n: int) -> Optional[str]:
    await asyncio.sleep(0.1)
    return None if n < 0 else str(n)

async def main() -> None:
    results: List[Optional[str]] = await asyncio.gather(fetch(1), fetch(-1))
    print(results)

asyncio.run(main())
