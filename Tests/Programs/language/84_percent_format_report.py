# %-formatting as reports and logs use it: aligned tables, totals, percentages, mapping keys, padding
rows = [
    ("widgets", 1200, 3.5, 0.125),
    ("gadgets", 85, 12.25, 0.5),
    ("doohickeys", 7, 199.99, 0.0333),
    ("thingamajigs", 123456, 0.05, 1.0),
]
print("%-14s %8s %10s %8s" % ("item", "qty", "price", "share"))
print("-" * 44)
total = 0.0
for name, qty, price, share in rows:
    total += qty * price
    print("%-14s %8d %10.2f %7.1f%%" % (name, qty, price, share * 100))
print("%-14s %8s %10.2f" % ("total", "", total))
print("%(name)s has %(count)d items costing %(cost).2f" % {"name": "cart", "count": 3, "cost": 19.5})
print("%s" % "plain", "%r" % "quoted", "%a" % "caf\u00e9", "%s" % [1, "a"], "%s" % (None,), "%s" % {"k": 1})
print("%5s|%-5s|%05d|%-5d|%+d|% d|%+.2f|% .1f" % ("ab", "cd", 42, 42, 42, 42, 3.14159, 2.0))
print("%x %X %o %#x %#X %#o %08.3f %-8.3f|" % (255, 255, 8, 255, 255, 8, 3.14159, 2.5))
print("%e %E %g %G %.3e %.2g %#g %10.4e" % (12345.678, 0.000123, 1e-5, 1e20, 1234.5, 0.000456, 1.0, -9.87654))
print("%c%c%c %5c|%-3c|" % (72, "i", 33, "x", 65))
print("%*d|%-*d|%.*f|%*.*f" % (6, 42, 6, 42, 3, 3.14159, 9, 2, 2.71828))
print("%.3s|%10.2s|%-6.4r|" % ("abcdef", "xyz", "hello"))
print("%d %i %u %d %x" % (3.99, -2.5, True, 2 ** 70, 2 ** 70))
print("%.5d %+.3d %#.4x %05x %-+6d| %5.1f%%" % (42, 7, 5, -255, 42, 99.5))
print("%%d is literal, %s is not" % "this", "100%%" % ())
print("%(a)s and %(a)r and %(b)05.1f" % {"a": "x", "b": 2.25})
print("%s %s" % (1, (2, 3)), "%s" % ((1, 2),), "%d%%" % 50)
template = "%-10s|%6.2f|%s"
lines = [template % (k, v, "*" * int(v)) for k, v in [("alpha", 3.2), ("beta", 7.75), ("gamma", 0.5)]]
print("\n".join(lines))
print("%f %F %.0f %.0f %.0f %.1f" % (float("inf"), float("nan"), 0.5, 1.5, 2.5, -0.05))
print("%s" % 2 ** 100, "%20d|" % -(2 ** 64), "%,d" if False else "%d" % 10 ** 18)
