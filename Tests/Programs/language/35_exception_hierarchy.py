# Exception hierarchy: base classes catch subclasses, handler order, isinstance on exception objects
def trigger(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [1][3]
    if kind == "zero":
        return 5 % 0
    if kind == "name":
        return undefined_name
    if kind == "attr":
        return (5).nothing
    if kind == "recursion":
        raise RecursionError("deep")
    if kind == "stop":
        return next(iter([]))
    if kind == "assert":
        assert False
    return "none"

kinds = ["key", "index", "zero", "name", "attr", "recursion", "stop", "assert", "none"]
for kind in kinds:
    try:
        print(kind, "->", trigger(kind))
    except LookupError as e:
        print(kind, "LookupError caught", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "ArithmeticError caught", type(e).__name__)
    except RuntimeError as e:
        print(kind, "RuntimeError caught", type(e).__name__)
    except Exception as e:
        print(kind, "Exception caught", type(e).__name__)

for kind in kinds[:-1]:
    try:
        trigger(kind)
    except Exception as e:
        print(kind, isinstance(e, Exception), isinstance(e, LookupError),
              isinstance(e, (ArithmeticError, RuntimeError)), isinstance(e, NameError))

try:
    trigger("name")
except NameError as e:
    print("NameError:", e)
try:
    trigger("attr")
except AttributeError as e:
    print("AttributeError:", e)
try:
    trigger("zero")
except ZeroDivisionError as e:
    print("ZeroDivisionError type:", type(e).__name__)
try:
    trigger("key")
except IndexError:
    print("wrong")
except KeyError as e:
    print("KeyError specifically:", e)
try:
    try:
        trigger("index")
    except KeyError:
        print("not this one")
except LookupError as e:
    print("propagated to outer LookupError:", e)
try:
    trigger("assert")
except AssertionError as e:
    print("AssertionError args:", e.args)
try:
    raise StopIteration
except Exception as e:
    print("StopIteration is an Exception:", type(e).__name__)
