# try/except/else/finally ordering: which clauses run, tuples of types, bare except, nested try
def attempt(op):
    print("start", op)
    try:
        if op == "zero":
            r = 1 // 0
        elif op == "key":
            r = {}["k"]
        elif op == "index":
            r = [][1]
        elif op == "type":
            r = 1 + None
        elif op == "value":
            r = int("x")
        else:
            r = "fine"
        print("  try finished", r)
    except ZeroDivisionError as e:
        print("  ZeroDivisionError:", e)
    except (KeyError, IndexError) as e:
        print("  lookup:", type(e).__name__, repr(e))
    except TypeError as e:
        print("  TypeError:", e)
    except:
        print("  bare except caught something")
    else:
        print("  else: no exception")
    finally:
        print("  finally")
    print("end", op)

for op in ["ok", "zero", "key", "index", "type", "value"]:
    attempt(op)

def nested():
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            print("wrong handler")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    else:
        print("outer else")
nested()

def handler_raises():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            print("handling KeyError, raising IndexError")
            raise IndexError("b")
        finally:
            print("finally still runs")
    except IndexError as e:
        print("outer got", repr(e))
handler_raises()

try:
    x = 5
except Exception:
    x = -1
else:
    x *= 2
finally:
    x += 1
print("x =", x)
e = "unchanged"
try:
    raise ValueError("temp")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
