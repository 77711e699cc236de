# Boolean operators: and/or/not value semantics, short-circuit evaluation, defaults via or
def show(tag, v):
    print("  eval", tag)
    return v

print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', 'x' or 'default', None or 0, 0 or None)
print([] and 'yes', [0] and 'yes', {} or [], () or ())
print(not 0, not 1, not '', not 'a', not None, not [], not [0])
print(True and False, True or False, not True)
print(1 and 2 and 3, 1 and 0 and 3, 0 or '' or None, 0 or '' or 'last')
print(None and 1 or 2, 1 and None or 3)
print("and:")
r = show('a', 0) and show('b', 1)
print(r)
r = show('c', 1) and show('d', 'value')
print(r)
print("or:")
r = show('e', 'first') or show('f', 'second')
print(r)
r = show('g', '') or show('h', []) or show('i', 42)
print(r)
print("not:", not show('j', 0))
name = ''
print("Hello, " + (name or "stranger"))
name = "Ada"
print("Hello, " + (name or "stranger"))
vals = [0, 1, '', 'a', None, [], [None], 0.0, -0.0, 0.1]
for v in vals:
    print(repr(v), bool(v), v or 'F', v and 'T')
x = 5
print(x > 3 and x < 10, x > 3 and x > 10, x < 3 or x == 5)
print(not x == 5, not (x == 5 and x > 10))
print((x > 3) + (x > 4) + (x > 5))
a, b = 0, 'b'
c = a or b and 'c'
print(c)
d = (a or b) and 'd'
print(d)
print(True + (False or 2), (True and 3) * 2)
print(bool(None or False), bool(1 and 'x'))
