# Integer arithmetic: floor division and modulo signs, divmod, powers, true division types
print(7 + 3, 7 - 3, 7 * 3, 7 / 3)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(0, 5), divmod(5, 5))
print(2 ** 10, 2 ** 0, 2 ** -1, 2 ** -2)
print((-2) ** 3, -2 ** 2, (-2) ** 2)
print(10 / 4, 10 / 5, type(10 / 5).__name__)
print(10 // 4, type(10 // 4).__name__)
print(2 ** 62, 2 ** 62 - 1 + 2 ** 62)
print(10 ** 18, -(10 ** 18))
print(3 * -4, -3 * -4, 0 * -5)
print(1 + 2 * 3 - 4 // 2, (1 + 2) * 3)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-7 // 1, -1 // 10, 1 // 10)
print(-1 % 10, 1 % -10, 0 % 7)
print(17 % 5 * 2, 17 // 5 * 5 + 17 % 5)
for a in range(-5, 6, 2):
    for b in (3, -3):
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
print(abs(-12), abs(12), abs(0))
print(+7, -(+7), -(-7))
n = 1
for i in range(1, 21):
    n *= i
print("20! =", n)
print(n // 1000000, n % 1000000)
print(int(7 / 2), int(-7 / 2))
print(5 - 10, 0 - 0, -0)
big = 9223372036854775807
print(big, big // 2, big % 1000)
print(-big - 1)
print(True + True, True * 10, False - 1)
print(1 + True, 3 // True)
x = 100
x -= 1
x //= 7
print(x)
print(10 % 3 == 1, 10 // 3 == 3)
