# Exception propagation through call frames with finally blocks, handling in loops, recovery and retries
trace = []
def level3(n):
    try:
        trace.append("enter3")
        if n == 0:
            raise ValueError("n is zero")
        return 10 // n
    finally:
        trace.append("exit3")
def level2(n):
    try:
        return level3(n) + 1
    finally:
        trace.append("exit2")
def level1(n):
    try:
        return level2(n) * 2
    except KeyError:
        trace.append("wrong handler")
        return -1
    finally:
        trace.append("exit1")
for n in [5, 0, -3]:
    trace.clear()
    try:
        print(n, "->", level1(n))
    except ValueError as e:
        print(n, "-> ValueError:", e)
    print("  trace:", trace)
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise RuntimeError("attempt " + str(attempts) + " failed")
    return "success on attempt " + str(attempts)
for _ in range(5):
    try:
        print(flaky())
        break
    except RuntimeError as e:
        print("retrying after:", e)
else:
    print("gave up")
results = []
for raw in ["4", "0", "x", "-2", "8"]:
    try:
        value = 100 // int(raw)
    except ValueError as e:
        results.append("bad")
        print("ValueError:", e)
        continue
    except ZeroDivisionError as e:
        results.append("div0")
        print("ZeroDivisionError caught:", type(e).__name__)
        continue
    finally:
        print("processed", repr(raw))
    results.append(value)
print(results)
def cleanup_order():
    order = []
    try:
        try:
            order.append("inner try")
            raise IndexError("boom")
        finally:
            order.append("inner finally")
    except IndexError:
        order.append("outer except")
    finally:
        order.append("outer finally")
    return order
print(cleanup_order())
