# Unsupported construct: a function decorator must be rejected at load time
def shout(fn):
    def wrapper():
        return fn().upper()
    return wrapper

@shout
def greet():
    return "hello"

print(greet())
