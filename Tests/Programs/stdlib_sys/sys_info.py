"""What programs ask sys about the interpreter: version checks, limits, exceptions, sizes."""
import os.path
import sys
import threading

import sim

# Line costs off: the harness counts line events with sys.settrace, and a traced CPython meets the
# recursion limit elsewhere ("... exceeded in comparison").
sim.configure(line_cost=0)

if sys.version_info < (3, 8):
    sys.exit("needs Python 3.8 or newer")
print("version ok:", sys.version_info >= (3, 11), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print("release:", sys.version_info.releaselevel, sys.version.startswith("3.11"))
print("maxsize:", sys.maxsize, sys.maxsize == 2**63 - 1)
print("platform:", sys.platform.startswith("linux"), sys.byteorder)
print(sys.float_info)
print("epsilon:", sys.float_info.epsilon, sys.float_info.dig, 1.0 + sys.float_info.epsilon > 1.0)
print("switch interval:", sys.getswitchinterval())
print("encoding:", sys.getdefaultencoding())

print("recursion limit:", sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


sys.setrecursionlimit(200)
print("limit now:", sys.getrecursionlimit())
try:
    depth(500)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(2000)
print("depth 1500:", depth(1500))
for bad in (0, "x", 2**31):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

print("exc_info outside:", sys.exc_info(), sys.exception())
try:
    {}["missing"]
except KeyError:
    kind, value, _ = sys.exc_info()
    print("exc_info inside:", kind.__name__, repr(value), sys.exception() is value)

a = "".join(["job", "-", "42"])
b = "job-" + str(42)
print("interned:", sys.intern(a) is sys.intern(b), sys.intern(a) == "job-42")

for value in (None, True, 0, 7, 2**40, 1.5, "", "abc", "é", (), (1, 2, 3)):
    print(f"getsizeof({value!r}) = {sys.getsizeof(value)}")

print("modules:", "threading" in sys.modules, "sys" in sys.modules, "os.path" in sys.modules, sys.modules["__main__"].__name__)
print("path is a list:", isinstance(sys.path, list), isinstance(sys.argv, list))


def report():
    try:
        raise ValueError("in a thread")
    except ValueError:
        print("thread sees:", sys.exc_info()[0].__name__)


t = threading.Thread(target=report)
t.start()
t.join()
print("main sees after:", sys.exc_info()[0])
