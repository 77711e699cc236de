"""The line events CPython 3.11 fires in a program's own file, as ``sys.settrace`` reports them.

``python3 Tools/python/line_events.py FILE [ARGS...]`` runs FILE (without the harness) and prints, on stderr,
how many 'line' events each line of FILE fired, their total and the order of the first ones. asyncviz
charges ``line_cost`` per such event; when a program's times differ between asyncviz and the harness, this
shows where CPython's count lies (print ``time.monotonic()`` under ``sim.configure(line_cost=1.0)`` between
the parts of the program to see asyncviz's).
"""
import collections
import os
import sys

FIRST = 400  # how many events the order shows


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: line_events.py FILE [ARGS...]")
    path = os.path.abspath(sys.argv[1])
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    counts = collections.Counter()
    order = []

    def lines(frame, event, arg):
        if event == "line":
            counts[frame.f_lineno] += 1
            if len(order) < FIRST:
                order.append(frame.f_lineno)
        return lines

    def calls(frame, event, arg):
        return lines if frame.f_code.co_filename == path else None

    sys.argv = sys.argv[1:]
    sys.settrace(calls)
    try:
        exec(code, {"__name__": "__main__", "__file__": path})
    finally:
        sys.settrace(None)
        print("total", sum(counts.values()), file=sys.stderr)
        for line, n in sorted(counts.items()):
            print(f"{line:5} {n}", file=sys.stderr)
        print("order", order, file=sys.stderr)


if __name__ == "__main__":
    main()
