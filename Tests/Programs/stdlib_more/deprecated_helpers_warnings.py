"""A library keeps deprecated helpers that warn their callers; the application filters, records and escalates."""
import functools
import sys
import warnings


def deprecated(replacement):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            warnings.warn(f"{func.__name__}() is deprecated, use {replacement}() instead",
                          DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)
        return wrapper
    return decorate


@deprecated("fetch_all")
def fetch(n):
    return list(range(n))


class ConfigWarning(UserWarning):
    pass


def configure(workers):
    if workers > 8:
        warnings.warn(f"{workers} workers is more than the 8 cores", ConfigWarning)
    return min(workers, 8)


for attempt in range(3):
    fetch(attempt)
print(configure(16), configure(16))
configure(32)
warnings.warn("plain user warning")
warnings.warn(RuntimeWarning("an instance as the message"))
warnings.warn("pending", PendingDeprecationWarning)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fetch(1)
    fetch(2)
    configure(9)
    warnings.warn("a bytes warning", BytesWarning)
for w in caught:
    print(w.category.__name__, w.message, w.lineno, type(w.message).__name__)
print(str(caught[0]).replace(__file__, "FILE"))

warnings.filterwarnings("ignore", message="fetch", category=DeprecationWarning)
fetch(3)
warnings.filterwarnings("error", category=ConfigWarning)
try:
    configure(99)
except ConfigWarning as e:
    print("escalated:", e, isinstance(e, UserWarning), isinstance(e, Warning))

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    configure(100)
    warnings.warn("silenced")

warnings.simplefilter("once", UserWarning)
for n in range(3):
    warnings.warn("shown once for every line")
warnings.warn("shown once for every line")
warnings.simplefilter("always", FutureWarning)
for n in range(2):
    warnings.warn("every time", FutureWarning)
warnings.simplefilter("default")
for n in range(2):
    warnings.warn("once per line", SyntaxWarning)
warnings.showwarning("shown by hand", UserWarning, "tool.py", 7, file=sys.stdout)
print(repr(warnings.formatwarning("formatted", ResourceWarning, "tool.py", 3, "  x = 1  ")))
try:
    warnings.warn("bad", "NotACategory")
except TypeError as e:
    print("TypeError:", e)
print(issubclass(DeprecationWarning, Warning), DeprecationWarning.__mro__[1].__name__)
warnings.simplefilter("error")
configure(10)
