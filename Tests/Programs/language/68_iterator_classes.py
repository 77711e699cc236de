# Iterator classes: __iter__ returning self, __next__ raising StopIteration, next() with a default, reuse
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(5)))
for n in Countdown(3):
    print("T-minus", n)
it = Countdown(2)
print(iter(it) is it, next(it), next(it), next(it, "liftoff"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(it), "exhausted")


class Fibonacci:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibonacciIterator(self.limit)


class FibonacciIterator:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


fib = Fibonacci(50)
print(list(fib), list(fib), sum(fib))
print([x for x in fib if x % 2 == 0], dict(zip(Fibonacci(5), "abcdef")))
print(list(enumerate(Countdown(3))), sorted(Countdown(4)), max(Fibonacci(100)))
print(list(map(lambda x: x * 10, Countdown(3))), list(filter(None, Fibonacci(3))))


class Cycle:
    def __init__(self, items, times):
        self.items = items
        self.times = times

    def __iter__(self):
        self.index = 0
        return self

    def __next__(self):
        if self.index >= len(self.items) * self.times:
            raise StopIteration
        item = self.items[self.index % len(self.items)]
        self.index += 1
        return item


print(list(Cycle("ab", 3)), "-".join(Cycle(["x", "y", "z"], 1)))


class BadIterable:
    def __iter__(self):
        return 42


try:
    iter(BadIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    next(Fibonacci(3))
except TypeError as e:
    print("TypeError:", e)
