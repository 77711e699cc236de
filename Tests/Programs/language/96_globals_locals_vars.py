import asyncio

LIMIT = 3
counter = 0


def report(name, value, unit="s"):
    scale = 1000
    print("%(name)s took %(value).1f %(unit)s" % locals(), sorted(locals()))
    print(sorted(vars()), "scale" in dir())


def make_adder(n):
    def add(x):
        return x + n
    print(sorted(locals()))
    return add


async def worker(i):
    await asyncio.sleep(0)
    return sorted(locals().items())


report("fetch", 1.25)
make_adder(2)
print(asyncio.run(worker(7)))
g = globals()
print("LIMIT" in g, g["LIMIT"], g["__name__"], "report" in g, "print" in g, callable(g["make_adder"]))
print([k for k in globals() if not k.startswith("__")])
