# Name resolution: local/enclosing/global lookup, shadowing, loop variable leakage, comprehension scope
x = "global x"
def read_global():
    return x
def shadow_local():
    x = "local x"
    return x
def enclosing():
    x = "enclosing x"
    def inner():
        return x
    def inner_shadow():
        x = "inner x"
        return x
    return inner(), inner_shadow(), x
print(read_global(), "|", shadow_local(), "|", enclosing(), "|", x)
for i in range(3):
    pass
print("loop var after loop:", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)
k = "outer k"
squares = [k * 2 for k in range(3)]
print(squares, k)
total = sum(k for k in range(4))
print(total, k)
def counter_factory():
    counts = {}
    def record(key):
        counts[key] = counts.get(key, 0) + 1
        return counts
    return record
rec = counter_factory()
rec("a")
rec("b")
print(rec("a"))
def param_shadow(x, len=len):
    return len(x), x
print(param_shadow([1, 2, 3]), param_shadow("ab", len=lambda v: -1))
def unbound_example():
    try:
        y = value_later + 1
    except NameError as e:
        print("global not yet defined:", e)
    return "done"
print(unbound_example())
value_later = 10
def now_defined():
    return value_later + 1
print(now_defined())
def local_unbound():
    try:
        print(z)
    except NameError as e:
        print(type(e).__name__, isinstance(e, NameError))
    z = 1
    return z
z = "global z"
print(local_unbound())

def branch_scope(flag):
    if flag:
        msg = "set in branch"
    try:
        return msg
    except NameError:
        return "msg never assigned"
print(branch_scope(True), "|", branch_scope(False))

def nested_funcs():
    def a():
        return "a->" + b()
    def b():
        return "b"
    return a()
print(nested_funcs())
