# f-strings: expressions, format specs (width, fill, align, precision, thousands), conversions
x = 3.14159265
n = 42
s = "mid"
v = -3.5
big = 1234567
print(f"{x:.3f} {x:.0f} {x:10.4f}|")
print(f"{n:>5}|{n:<5}|{n:^5}|{n:05}|")
print(f"{s:^10}|{s:*^10}|{s:>6}|{s:<6}|")
print(f"{s!r} {n!r} {x!r}")
print(f"{big:,} {-big:,} {big * 1.5:,.2f}")
print(f"{v:08.2f} {-v:08.2f} {v:+.1f}")
print(f"{n:x} {n:X} {n:b} {n:o} {n:d}")
print(f"{0.25:%} {0.25:.0%} {1 / 3:.2%}")
print(f"{n + 8} {n * 2} {n // 5} {n % 5}")
print(f"{[1, 2, 3]} {(1,)} {{'a': 1}}")
d = {"key": "value", "num": 7}
print(f"{d['key']} {d['num'] * 3}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"{'yes' if n > 40 else 'no'}")
print(f"{{braces}} {n}")
print(f"{x}", f"{0.1 + 0.2}", f"{1e16}", f"{-0.0}")
print(f"{True} {None} {n > 1}")
print(f"{'quoted'!r} {'it' + chr(39) + 's'!r}")
name = "Ada"
greeting = f"Hello, {name}!"
print(greeting, len(greeting))
print(f"{name.upper()} {name.lower()} {name[::-1]}")
for i in range(1, 6):
    print(f"{i:>2} {i * i:>3} {i ** 3:>4} {1 / i:.4f}")
w = 12.5
print(f"[{w:<8}] [{w:>8}] [{w:^8}]")
print(f"{12345.6789:,.1f} {0.000123:.2e} {1e-7}")
print(f"{5:3d}|{-5:3d}|{5:+3d}|")
print(f"{'x':>3}{'y':<3}|")
print(f"{3.0:g} {2.50:g} {n:.2f}")
print(f"{'abcdef':.3}")
print(f"{x:.2f}{x:.1f}")
multi = f"""a={n}
b={s}"""
print(multi)
print(f"{'tab'}\t{'sep'}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f}")
print(f"{n!s:>6}|{s!r:^9}|")
