import asyncio
import random


class FlakyService:
    def __init__(self, failures):
        self.failures = failures

    async def fetch(self, key):
        await asyncio.sleep(0.1)
        if self.failures:
            kind = self.failures.pop(0)
            raise kind(f"{kind.__name__} while fetching {key}")
        return f"value-{key}"


async def with_retries(service, key, attempts=4):
    for attempt in range(1, attempts + 1):
        try:
            return await service.fetch(key)
        except (ConnectionResetError, ConnectionRefusedError) as e:
            print(f"attempt {attempt}: {e} ({type(e).__mro__[1].__name__})")
        except OSError as e:
            print(f"attempt {attempt}: other OS error {type(e).__name__}: {e}")
    raise ConnectionError(f"gave up on {key}")


async def main():
    service = FlakyService([ConnectionResetError, TimeoutError, ConnectionRefusedError])
    print(await with_retries(service, "a"))
    try:
        await with_retries(FlakyService([BrokenPipeError] * 5), "b", attempts=2)
    except ConnectionError as e:
        print("failed:", e, isinstance(e, OSError))


asyncio.run(main())
print(IOError is OSError, EnvironmentError.__name__, issubclass(FileNotFoundError, OSError),
      issubclass(TabError, SyntaxError), issubclass(FloatingPointError, ArithmeticError))
for exc in (PermissionError("denied"), MemoryError(), BufferError("b"), ProcessLookupError("p")):
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, repr(e))
