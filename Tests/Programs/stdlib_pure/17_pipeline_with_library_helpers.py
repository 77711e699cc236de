import asyncio
import functools
import time
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from enum import Enum, auto
from collections import deque, Counter
from typing import Optional


class Phase(Enum):
    QUEUED = auto()
    DONE = auto()


@dataclass
class Pipeline:
    name: str
    inbox: asyncio.Queue = field(default_factory=asyncio.Queue)
    history: deque = field(default_factory=lambda: deque(maxlen=3))
    phases: Counter = field(default_factory=Counter)


@asynccontextmanager
async def opened(name: str):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)


def blocking_io(label: str, *, delay: float) -> str:
    time.sleep(delay)
    return f"{label} after {delay}"


async def producer(p: Pipeline, n: int) -> None:
    for i in range(n):
        await p.inbox.put(i)
        p.phases[Phase.QUEUED] += 1
    await p.inbox.put(None)


async def consumer(p: Pipeline) -> None:
    while (item := await p.inbox.get()) is not None:
        p.history.append(item * item)
        p.phases[Phase.DONE] += 1


async def main() -> Optional[int]:
    loop = asyncio.get_running_loop()
    loop.call_soon(functools.partial(print, "Hello", "from call_soon", sep=", "))
    p = Pipeline("squares")
    async with opened(p.name) as handle:
        await asyncio.gather(producer(p, 5), consumer(p))
        print(handle, list(p.history), p.phases[Phase.DONE], p.phases[Phase.QUEUED])
    result = await asyncio.to_thread(functools.partial(blocking_io, "disk", delay=0.2))
    print(result)
    with suppress(asyncio.TimeoutError):
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    print("timed out quietly", Phase.DONE, Phase(2).name)
    return None


print(asyncio.run(main()))
