import sys
import threading
import traceback
from concurrent.futures import ThreadPoolExecutor


def parse(text):
    return int(text)


def work(text):
    try:
        return parse(text)
    except ValueError as e:
        lines = traceback.format_exception(type(e), e, e.__traceback__)
        return "".join(lines).splitlines()[-1], e.__traceback__ is e.__traceback__, e.__traceback__.tb_lineno > 0


with ThreadPoolExecutor(2) as pool:
    print(list(pool.map(work, ["1", "x"])))
try:
    parse("y")
except ValueError:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, type(tb).__name__, tb is value.__traceback__, repr(tb).startswith("<traceback object at"))
    traceback.print_exception(kind, value, tb, file=sys.stdout)
print(ValueError("never raised").__traceback__)


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_traceback is not None)


threading.excepthook = hook
t = threading.Thread(target=parse, args=("z",))
t.start()
t.join()
