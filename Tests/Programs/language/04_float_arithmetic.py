# Float arithmetic and int/float mixing: floor div/mod on floats, result types, special values
print(7.0 // 2, -7.0 // 2, 7.5 // -2)
print(7.5 % 2, -7.5 % 2, 7 % -2.5, -7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(1 + 2.0, 3 * 1.0, 6 / 3.0, 2 - 0.5)
print(type(1 + 2.0).__name__, type(6 // 2.0).__name__)
print(5 / 2, 5.0 / 2, 5 // 2.0)
print(4 ** 0.5, 2 ** 0.5, 9 ** 0.5)
print(2.0 ** -1, 0.5 ** 2, 10.0 ** 3)
print(1.5 * 4, 0.1 * 3, 0.1 * 10)
print(3.0 == 3, 3.5 > 3, 2.9999999999999996 < 3)
print(1e308 * 10, -1e308 * 10)
print(float('inf') + 1, float('inf') * -1)
print(abs(-2.5), abs(-0.0), -abs(1.5))
print(round(3.14159, 3), round(-3.14159, 2), round(1e-3, 2))
print(round(0.5), round(-0.5), round(1.5), round(2.5))
print(int(3.9), int(-3.9), int(0.9999), int(-0.1))
print(int(1e15), int(2.5e3))
print(float(3), float(-0), float(True))
x = 1.0
for i in range(8):
    x = x / 3
    print(i, x)
y = 0.0
for i in range(5):
    y += 0.2
    print(i, y)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-12)
print(1 / 8, 3 / 8, 1 / 16)
print(1e300 * 1e300, -1e300 * 1e300)
print(sum([0.1] * 10))
print(max(1, 2.0), min(1, 1.0), max(1.0, 1))
print(7 / 7, 0 / 5, -0 / 5, 0.0 * -1)
print(1.0 - 1.0, -1.0 + 1.0)
print(2.5 // 0.5, 2.5 % 0.5)
print(1 / 3 * 3, 1 / 3 + 1 / 3 + 1 / 3)
print(10 ** 15 + 0.5, 10 ** 16 + 1.0)
