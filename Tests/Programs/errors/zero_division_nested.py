# Uncaught ZeroDivisionError raised two calls deep (traceback through several frames)
def ratio(a, b):
    return a / b

def average(values):
    return ratio(sum(values), len(values))

print(average([1, 2, 3]))
print(average([]))
