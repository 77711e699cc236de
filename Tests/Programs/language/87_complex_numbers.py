# Complex numbers as signal and geometry code uses them: literals, arithmetic, abs, conjugate, powers, parsing
z = 3 + 4j
w = 1 - 2j
print(z, w, 1j, -1j, 2j * 1j, 0j, complex(), complex(1), complex(1, 2), complex("1+2j"), complex(" -1.5e3-2j "))
print(z + w, z - w, z * w, z / w, -z, +w, z + 1, 2 * z, z / 2, 1 / z, z - 3, 1.5 + z)
print(abs(z), abs(-2j), z.real, z.imag, z.conjugate(), w.conjugate().imag, type(z).__name__)
print(z ** 2, z ** -1, z ** 0, (1 + 1j) ** 8, 1j ** 2, (2 + 0j) ** 0.5, (-1) ** 0.5, (-8) ** (1 / 3))
print(z == 3 + 4j, z != w, (2 + 0j) == 2, 2.0 == (2 + 0j), 1j == 1, hash(2 + 0j) == hash(2), hash(1.5 + 2j))
print(bool(0j), bool(1j), bool(0 + 0j), 0j or "empty", [1j, 2 + 0j, -0.0j])
print(complex(-0.0, -1.0), complex(0.0, -0.0), complex(float("inf"), 1), complex(1, float("nan")), 1e300j * 1e300j)
roots = []
n = 6
for k in range(n):
    angle = 2 * 3.141592653589793 * k / n
    c = complex(round(2.718281828459045 ** 0 * (1 - angle ** 2 / 2 + angle ** 4 / 24), 3), round(angle - angle ** 3 / 6, 3))
    roots.append(c)
print(roots)
total = sum([1 + 1j, 2 - 3j, 0.5j], 0j)
print(total, f"{total}", str(total), repr(total), "%s" % (total,))
points = {1 + 2j: "a", 3j: "b"}
print(points[1 + 2j], 3j in points, sorted([abs(p) for p in points]))
for bad in [lambda: 1 / 0j, lambda: 1j < 2j, lambda: 1j // 2, lambda: complex("1+"), lambda: complex("x"), lambda: 0j ** -1]:
    try:
        bad()
    except (ZeroDivisionError, TypeError, ValueError) as err:
        print(type(err).__name__, err)
