# Truthiness: falsy values of every type in if/while/not/bool, and/or returning operands, empty checks
values = [0, 0.0, -0.0, 1, -1, 0.5, "", " ", "0", "False", [], [0], [[]], (), (0,), {}, {0: 0}, set(), {0}, None, True, False]
for v in values:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")
print(sum(1 for v in values if v), sum(1 for v in values if not v))
print([bool(v) for v in [float('nan'), float('inf'), -1e-300]])
queue = [3, 2, 1]
while queue:
    print("processing", queue.pop(0), "remaining", queue)
text = ""
while not text:
    text = "filled"
    print("filled text")
def first_truthy(*args):
    for a in args:
        if a:
            return a
    return None
print(first_truthy(0, "", [], "found", 5), first_truthy(0, None), first_truthy())
config = {"verbose": 0, "name": ""}
print(config.get("verbose") or "quiet", config.get("name") or "anonymous", config.get("missing") or "absent")
settings = {}
level = settings.get("level") or 3
print(level)
print(not not [], not not [1], bool(not 0))
count = 0
for v in values:
    count += bool(v)
print(count, True + True + False)
print([x for x in values if x != 0 and x], [repr(x) for x in values if x == 0])
print(len([]) == 0, not [], [] == False, bool([]) == False)
print(0 == False, "" == False, None == False, 0.0 == False)
def check(x):
    return "yes" if x else "no"
print([check(x) for x in (0, 1, "", "a", [], [0], None)])
a = []
b = a or [1, 2]
print(b, a is b)
c = [9]
d = c or [1, 2]
print(d, c is d)
e = None
print(e and e.missing, (e or "safe").upper())
n = 0
result = n != 0 and 10 / n
print(result)
