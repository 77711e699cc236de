# Generators nested through yield from and for loops count towards the recursion limit.
# Line costs off: the harness counts line events with sys.settrace, and a traced CPython meets the
# recursion limit elsewhere ("... exceeded in comparison").
import sim
sim.configure(line_cost=0)
def nest(n):
    if n == 0:
        yield "bottom"
    else:
        yield from nest(n - 1)
try:
    print(list(nest(5000)))
except RecursionError as e:
    print("RecursionError", e)
def nest2(n):
    if n == 0:
        yield "bottom"
    else:
        for x in nest2(n - 1):
            yield x
try:
    print(list(nest2(5000)))
except RecursionError as e:
    print("RecursionError", e)
print(list(nest(500)))
