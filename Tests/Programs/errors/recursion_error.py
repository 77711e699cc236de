# RecursionError from unbounded recursion (traceback with repeated frames collapsed)
# Line costs off: a traced CPython (the harness counts line events) meets the limit elsewhere.
import sim; sim.configure(line_cost=0)
def countdown(n):
    return countdown(n - 1)

print("start")
countdown(10)
