# %-formatted log lines built the way logging call sites do, plus every %-format error CPython reports
events = [("INFO", "server", "started on port %d", (8080,)), ("WARN", "db", "slow query %s took %.3f s", ("SELECT 1", 1.23456)),
          ("ERROR", "auth", "user %r failed %d times", ("bob", 3)), ("DEBUG", "cache", "hit ratio %5.1f%%", (87.25,))]
for i, (level, source, message, args) in enumerate(events):
    line = "%04d %-5s [%s] %s" % (i, level, source, message % args)
    print(line)
stats = {"requests": 1532, "errors": 7, "p99": 0.2345}
print("requests=%(requests)d errors=%(errors)d p99=%(p99).1fms" % {k: v * 1000 if k == "p99" else v for k, v in stats.items()})
cases = [
    ("%d", "x"), ("%x", 1.5), ("%s %s", (1,)), ("%s", (1, 2)), ("abc%y", 1), ("%", ()), ("%(a)s", 1),
    ("%(a)s", {}), ("%c", "ab"), ("%c", 1.5), ("%f", "x"), ("%*d", ("a", 1)), ("%c", 1114112),
    ("%.*f", (1.5, 2.0)), ("%d %d", [1, 2]), ("%(a", {"a": 1}), ("%s", ()), ("%(a)s %s", {"a": 1}),
    ("%d", None), ("%i", "3"), ("%o", "x"), ("%e", None), ("%5%", (1,)), ("%c", -1), ("%d", float("inf")),
    ("%d", float("nan")), ("x %z y", 3), ("%s %d", ("a", "b")), ("%X", "ff"),
]
for template, args in cases:
    try:
        print(repr(template % args))
    except (TypeError, ValueError, KeyError, OverflowError) as err:
        print(template, "->", type(err).__name__, err)
print("%s %(a)s" % {"a": 1}, "%s" % ((),), "%ld %hd" % (5, 6))
