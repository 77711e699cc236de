# raise and re-raise: raising classes vs instances, bare raise, args, str/repr of exceptions
def check(v):
    if v < 0:
        raise ValueError("negative: " + str(v))
    if v == 0:
        raise ZeroDivisionError
    return 100 // v
for v in [5, -2, 0]:
    try:
        print("result", check(v))
    except ValueError as e:
        print("ValueError", e, e.args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", repr(e), repr(str(e)), e.args)
def reraiser():
    try:
        [1, 2][5]
    except IndexError:
        print("logging then re-raising")
        raise
try:
    reraiser()
except IndexError as e:
    print("re-raised:", e)
def reraise_named():
    try:
        raise KeyError("orig")
    except KeyError as err:
        print("got", repr(err))
        raise err
try:
    reraise_named()
except KeyError as e:
    print("again:", repr(e))
errors = [
    ValueError(),
    ValueError("one"),
    ValueError("two", 2),
    KeyError("k"),
    KeyError(),
    IndexError("i"),
    TypeError("t"),
    RuntimeError("r"),
    Exception("base", None),
    StopIteration(5),
    AssertionError("a"),
    NameError("n"),
    AttributeError("attr"),
    ArithmeticError("arith"),
    LookupError("lookup"),
    ZeroDivisionError("z"),
    KeyError(1, 2),
]
for err in errors:
    print(type(err).__name__, "|", str(err), "|", repr(err), "|", err.args)

try:
    raise Exception("multi", "args", 3)
except Exception as e:
    print(e, e.args, len(e.args), e.args[2])

def maybe_raise(flag):
    if flag:
        raise RuntimeError("flagged")
    return "clean"
for flag in (False, True):
    try:
        print(maybe_raise(flag))
    except RuntimeError as e:
        print("caught", e)
e1 = ValueError("stored")
try:
    raise e1
except ValueError as caught:
    print(caught is e1, caught.args)
try:
    raise TypeError("x") if True else ValueError("y")
except (TypeError, ValueError) as e:
    print(type(e).__name__)
print(str(KeyError("it's")), repr(ValueError('say "hi"')))
