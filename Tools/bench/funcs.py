# Benchmark (issue 21): generators, closures, comprehensions, recursion, exceptions, int(), sorted with a key,
# keyword arguments.
def gen(n):
    for i in range(n):
        if i % 3:
            yield i * 2

def make_adder(k):
    def add(x):
        return x + k
    return add

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

add5 = make_adder(5)
total = sum(gen(300000))
total += sum([add5(x) for x in range(200000)])
total += sum({x % 1000 for x in range(200000)})
total += fib(22)
errs = 0
for i in range(100000):
    try:
        if i % 2:
            raise ValueError(i)
        x = int("12")
    except ValueError as e:
        errs += 1
    finally:
        total += 1
data = [(i * 7919) % 10007 for i in range(100000)]
srt = sorted(data, key=lambda v: -v)
srt2 = sorted(range(50000), key=str)
def kw(a, b=2, *args, c=3, **kws):
    return a + b + c + len(args) + len(kws)
for i in range(100000):
    total += kw(i, c=4) + kw(1, 2, 3, d=5)
print(total, errs, srt[:3], srt2[:3])
