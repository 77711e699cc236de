"""Tracebacks taken apart as error reporters do: chained exceptions, extract_tb summaries, format_list, print_tb,
limits, the running stack."""
import sys, traceback
def inner():
    return {}["missing"]
def outer():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
try:
    outer()
except RuntimeError as err:
    lines = traceback.format_exception(err)
    print(len(lines), lines[0], lines[-1], end="")
    summary = traceback.extract_tb(err.__traceback__)
    print([(f.name, f.lineno, f.line) for f in summary], summary[0].filename == __file__, len(summary))
    print(traceback.format_list(summary)[-1], end="")
    cause = traceback.extract_tb(err.__cause__.__traceback__)
    print([f.name for f in cause], cause[-1].line)
    print(traceback.format_tb(err.__traceback__, limit=1))
    for filename, lineno, name, line in traceback.extract_tb(sys.exc_info()[2]):
        print(name, lineno, line)
    traceback.print_tb(err.__traceback__, file=sys.stdout)
    traceback.print_exception(err, file=sys.stdout, limit=1)
def show_stack():
    return [f.name for f in traceback.extract_stack()]
def deeper():
    return show_stack()
print(deeper(), traceback.extract_stack(limit=1)[0].name)
print(repr(traceback.FrameSummary("f.py", 3, "fn", line="x = 1")), traceback.FrameSummary("f.py", 3, "fn", line="x") == ("f.py", 3, "fn", "x"))
traceback.print_list([("a.py", 1, "f", "pass"), ("b.py", 2, "g", None)], file=sys.stdout)
