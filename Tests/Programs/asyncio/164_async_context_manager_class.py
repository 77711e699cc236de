# An async context manager class driven by asyncio: a connection pool handing out connections
import asyncio


class Connection:
    def __init__(self, number):
        self.number = number

    async def query(self, sql):
        await asyncio.sleep(0.1)
        return f"conn{self.number}: {sql}"


class Pool:
    def __init__(self, size):
        self.free = [Connection(i) for i in range(size)]
        self.available = asyncio.Semaphore(size)

    def acquire(self):
        return PooledConnection(self)


class PooledConnection:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None

    async def __aenter__(self):
        await self.pool.available.acquire()
        self.conn = self.pool.free.pop()
        print(f"{asyncio.current_task().get_name()} got conn{self.conn.number}")
        return self.conn

    async def __aexit__(self, exc_type, exc, tb):
        print(f"{asyncio.current_task().get_name()} returns conn{self.conn.number}",
              "after " + exc_type.__name__ if exc_type else "")
        self.pool.free.append(self.conn)
        self.pool.available.release()
        return False


async def worker(pool, name, fail=False):
    async with pool.acquire() as conn:
        result = await conn.query(f"SELECT {name}")
        if fail:
            raise RuntimeError(f"{name} failed")
        return result


async def main():
    pool = Pool(2)
    tasks = [asyncio.create_task(worker(pool, f"job{i}", fail=(i == 2)), name=f"task{i}") for i in range(4)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    print("free connections:", sorted(c.number for c in pool.free))


class Timer:
    def __init__(self, label):
        self.label = label

    async def __aenter__(self):
        self.start = asyncio.get_running_loop().time()
        return self

    async def __aexit__(self, *exc):
        elapsed = asyncio.get_running_loop().time() - self.start
        print(f"{self.label} took {elapsed:.1f}s")


async def timed():
    async with Timer("two sleeps") as t:
        await asyncio.sleep(0.5)
        await asyncio.sleep(0.25)
    print(t.label)


asyncio.run(main())
asyncio.run(timed())
