# round (banker's rounding, ndigits, negative ndigits), divmod on ints and floats, abs
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5]:
    print(v, round(v), type(round(v)).__name__)
for v in [0.125, 0.375, 2.675, 1.005, 0.5, 1.25, -1.25, 3.14159]:
    print(v, round(v, 2), round(v, 1), round(v, 0))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(1234, -1), round(1235, -1), round(1245, -1), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7), round(7, 2), round(-7, 1), type(round(7, 2)).__name__)
print(round(2.5e-7, 7), round(1e16), round(0.1 + 0.2, 10))
print(round(-0.4), round(-0.6), round(0.49999999999999994))
print(round(123.456, 5), round(9.995, 2), round(0.0), round(-0.0, 1))
for a in [7, -7, 7.5, -7.5, 0]:
    for b in [2, -2, 0.5]:
        print(a, b, divmod(a, b))
print(divmod(100, 7), divmod(-100, 7), divmod(100, -7), divmod(1, 1))
print(divmod(5.0, 2), divmod(-5.0, 2), divmod(0.3, 0.1))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", type(e).__name__)
print(abs(-3), abs(3), abs(-3.5), abs(0), abs(-0.0), abs(-9223372036854775807))
print(abs(float('-inf')), abs(-1e-300), abs(False))
seconds = 98765
h, rem = divmod(seconds, 3600)
m, s = divmod(rem, 60)
print(f"{h}:{m:02d}:{s:02d}")
cents = 123456
print(divmod(cents, 100), f"${cents // 100:,}.{cents % 100:02d}")
print(round(3.14159, 3) == 3.142, round(2.5) == 2, round(3.5) == 4)
vals = [1.15, 1.25, 1.35, 1.45, 1.55, 2.345, 2.355]
print([round(v, 1) for v in vals])
print([round(v, 2) for v in vals])
