code = "print(42)"
exec(code)
module = __import__("os")
print(eval("1 + 1"), getattr(module, "environ"))
