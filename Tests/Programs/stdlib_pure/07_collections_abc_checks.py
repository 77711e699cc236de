from collections.abc import (Iterable, Iterator, Mapping, MutableMapping, Sequence, Callable, Awaitable, Coroutine,
                             AsyncIterator, AsyncIterable, Generator, Hashable, Sized, Container, Collection, Set)
import asyncio

class Bag:
    def __init__(self): self.items = [1, 2]
    def __iter__(self): return iter(self.items)
    def __len__(self): return 2

class Ticker:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration

async def work(): return 1

async def agen():
    yield 1

def gen():
    yield 1

async def main():
    coro = work()
    task = asyncio.create_task(work())
    checks = [
        ("list Iterable", isinstance([], Iterable)), ("int Iterable", isinstance(3, Iterable)),
        ("Bag Iterable", isinstance(Bag(), Iterable)), ("Bag Sized", isinstance(Bag(), Sized)),
        ("Bag Iterator", isinstance(Bag(), Iterator)), ("iter Iterator", isinstance(iter([]), Iterator)),
        ("gen Generator", isinstance(gen(), Generator)), ("gen Iterator", isinstance(gen(), Iterator)),
        ("dict Mapping", isinstance({}, Mapping)), ("list Mapping", isinstance([], Mapping)),
        ("dict MutableMapping", isinstance({}, MutableMapping)),
        ("str Sequence", isinstance("s", Sequence)), ("tuple Sequence", isinstance((1,), Sequence)),
        ("dict Sequence", isinstance({}, Sequence)), ("set Set", isinstance({1}, Set)),
        ("len Callable", isinstance(len, Callable)), ("lambda Callable", isinstance(lambda: 0, Callable)),
        ("int Callable", isinstance(1, Callable)), ("class Callable", isinstance(Bag, Callable)),
        ("coro Awaitable", isinstance(coro, Awaitable)), ("coro Coroutine", isinstance(coro, Coroutine)),
        ("task Awaitable", isinstance(task, Awaitable)), ("task Coroutine", isinstance(task, Coroutine)),
        ("Ticker AsyncIterator", isinstance(Ticker(), AsyncIterator)),
        ("agen AsyncIterator", isinstance(agen(), AsyncIterator)),
        ("agen AsyncIterable", isinstance(agen(), AsyncIterable)),
        ("int Hashable", isinstance(1, Hashable)), ("list Hashable", isinstance([], Hashable)),
        ("Bag Hashable", isinstance(Bag(), Hashable)),
        ("str Container", isinstance("", Container)), ("range Collection", isinstance(range(3), Collection)),
        ("list issubclass Sequence", issubclass(list, Sequence)),
        ("Bag issubclass Iterable", issubclass(Bag, Iterable)),
    ]
    for name, ok in checks:
        print(f"{name:28} {ok}")
    await coro
    await task

asyncio.run(main())
import collections
print(collections.abc.Iterable, isinstance([], collections.abc.Sized))
