# RecursionError from unbounded recursion (traceback with repeated frames collapsed)
def countdown(n):
    return countdown(n - 1)

print("start")
countdown(10)
