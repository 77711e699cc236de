# Context manager classes: __enter__/__exit__, the value bound by `as`, suppressing and passing on exceptions
class Transaction:
    def __init__(self, account):
        self.account = account
        self.snapshot = None

    def __enter__(self):
        self.snapshot = dict(self.account)
        print("begin", self.snapshot)
        return self.account

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            print("commit", self.account)
            return False
        print(f"rollback after {exc_type.__name__}: {exc_value}")
        self.account.clear()
        self.account.update(self.snapshot)
        return exc_type is ValueError


account = {"balance": 100}
with Transaction(account) as acct:
    acct["balance"] -= 30
with Transaction(account) as acct:
    acct["balance"] -= 500
    if acct["balance"] < 0:
        raise ValueError("overdrawn")
    print("never printed")
print("after suppressed error:", account)
try:
    with Transaction(account) as acct:
        acct["balance"] = 0
        raise KeyError("audit")
except KeyError as e:
    print("escaped:", repr(e), account)


class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *exc):
        self.level -= 1

    def print(self, text):
        print("    " * self.level + text)


with Indenter() as indent:
    indent.print("one")
    with indent:
        indent.print("two")
        with indent:
            indent.print("three")
    indent.print("back to one")


class Tag:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"<{self.name}>")

    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>")


with Tag("html"), Tag("body") as inner:
    print("content", inner)


class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.opened.append(self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print("closed", self.name, "with error" if exc_type else "cleanly")


def use(names):
    with Resource(names[0]) as a, Resource(names[1]) as b:
        print("using", a.name, b.name, Resource.opened)
        return a.name + b.name


print(use(["db", "cache"]), Resource.opened)
try:
    with Resource("x"):
        1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class NotAManager:
    pass


try:
    with NotAManager():
        pass
except TypeError as e:
    print("TypeError:", e)
