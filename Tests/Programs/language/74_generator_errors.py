# How generators fail: PEP 479, re-entry, ignored GeneratorExit, exceptions crossing the generator frame.

def leaky():
    yield 1
    raise StopIteration("leaked")


try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def stubborn():
    for attempt in range(2):
        try:
            yield "still here"
        except GeneratorExit:
            print("ignoring GeneratorExit")
    return "gave up"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(s, "stubborn finished"))


def fragile(items):
    for item in items:
        yield 10 // item


results = []
try:
    for value in fragile([5, 2, 0, 1]):
        results.append(value)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, "after", results)


def guarded():
    try:
        yield 1
        yield 2
    except ZeroDivisionError:
        print("guarded caught it")
        yield "recovered"
    finally:
        print("guarded finally")


g = guarded()
print(next(g))
print(g.throw(ZeroDivisionError))
print(next(g, "end"))

h = guarded()
print(next(h))
try:
    h.throw(TypeError("not handled"))
except TypeError as e:
    print("propagated:", e)
print(next(h, "dead"))


def unstarted():
    print("never printed")
    yield


u = unstarted()
u.close()
print(next(u, "closed before start"))

try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)

try:
    next(iter([]))
except StopIteration as e:
    print("empty StopIteration value:", e.value)
