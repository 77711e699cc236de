def f():
    return 1


print(f.__globals__)
print((1).__class__.__subclasses__())
print(f.__code__)
