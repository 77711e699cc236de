"""Last lines of uncaught thread exceptions: no message, two lines, a note, an assertion, StopIteration, an ExceptionGroup."""
import threading
def f1():
    raise ValueError()
def f2():
    raise ValueError("two\nlines")
def f3():
    e = RuntimeError("with note")
    e.add_note("a note")
    raise e
def f4():
    raise ExceptionGroup("grp", [ValueError(1), KeyError(2)])
def f5():
    assert 1 == 2, "asserted"
def f6():
    raise StopIteration
for f in (f1, f2, f3, f5, f6, f4):
    t = threading.Thread(target=f)
    t.start()
    t.join()
print("done")
