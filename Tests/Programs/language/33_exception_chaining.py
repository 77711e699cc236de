# Exception chaining: __cause__ via raise from, implicit __context__, from None, attributes
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("bad input") from e
try:
    convert("abc")
except TypeError as e:
    print("caught:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print("caught:", repr(e))
    print("cause:", e.__cause__)
    print("context:", type(e.__context__).__name__, repr(e.__context__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("replaced") from None
except ValueError as e:
    print("caught:", e, "| cause:", e.__cause__, "| context:", type(e.__context__).__name__)

fresh = ValueError("fresh")
print(fresh.__cause__, fresh.__context__)

try:
    raise IndexError("top") from KeyError("root")
except IndexError as e:
    print(repr(e), repr(e.__cause__), e.__context__)

def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError as e:
        raise LookupError("middle") from e
def level1():
    try:
        level2()
    except LookupError as e:
        raise RuntimeError("top")

try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__ + ":" + str(cur))
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))

try:
    try:
        raise ValueError("first")
    finally:
        print("finally runs before propagation")
except ValueError as e:
    print("context of first:", e.__context__)

try:
    try:
        raise ValueError("a")
    except ValueError as inner:
        try:
            raise TypeError("b")
        except TypeError as t:
            print("t.__context__ is inner:", t.__context__ is inner)
            raise
except TypeError as e:
    print("outer got", repr(e), repr(e.__context__))
