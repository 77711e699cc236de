# finally with return: return in try vs finally, finally swallowing exceptions, return value snapshots, except/else returns
log = []
def ret_in_try():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")
print(ret_in_try(), log)
def ret_in_finally():
    try:
        return "from try"
    finally:
        return "from finally"
print(ret_in_finally())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def return_value_snapshot():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_snapshot())
def int_snapshot():
    n = 1
    try:
        return n
    finally:
        n = 99
        print("finally sets n =", n)
print(int_snapshot())

def except_return():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    else:
        return "else"
    finally:
        print("finally before except-return")
print(except_return())

def else_return():
    try:
        pass
    except ZeroDivisionError:
        return "except"
    else:
        return "else"
    finally:
        print("finally before else-return")
print(else_return())

def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())

def finally_overrides_exception_in_except():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("from except")
    finally:
        print("finally runs, then ValueError propagates")
try:
    finally_overrides_exception_in_except()
except ValueError as e:
    print("caught", repr(e))
