# Closures: capture by reference, nonlocal counters, late binding in loops, default-arg binding
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(5), c2(), c1())
def make_adders():
    return [lambda x: x + i for i in range(4)]
print([add(10) for add in make_adders()])
def make_adders_bound():
    return [lambda x, i=i: x + i for i in range(4)]
print([add(10) for add in make_adders_bound()])
funcs = []
for k in range(3):
    funcs.append(lambda: k)
print([fn() for fn in funcs])
k = 100
print([fn() for fn in funcs])
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
def accumulator():
    items = []
    def add(v):
        items.append(v)
        return list(items)
    return add
acc = accumulator()
print(acc(1), acc(2), acc("three"))
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        r = level3()
        return r, b
    r2 = level2()
    return r2, a
print(level1())
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
getter, setter = make_pair()
print(getter())
setter(42)
print(getter())
setter([1, 2])
print(getter())
def compose(f, g):
    return lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose(str, abs)(-3))
def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
nf = fib_gen()
print([nf() for _ in range(12)])
