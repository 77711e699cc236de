# Big integers: factorials, Fibonacci, powers and mixed arithmetic past 64 bits, as number-crunching code uses them
def factorial(n):
    acc = 1
    for i in range(2, n + 1):
        acc *= i
    return acc


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


f100 = factorial(100)
print(f100)
print(len(str(f100)), str(f100).count("0"), f100 % 1000003, f100 // 10 ** 150)
print(fib(90), fib(93), fib(300))
print([len(str(fib(n))) for n in (100, 500, 960)])
print(2 ** 64, 2 ** 63, -(2 ** 63), 2 ** 64 - 1, 2 ** 200)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 9223372036854775807)
big = 123456789012345678901234567890
print(big + 1, big - big, big * -3, big // 7, big % 7, -big // 7, -big % 7, big // -7, big % -7)
print(divmod(big, 10 ** 12), divmod(-big, 10 ** 12), divmod(big, -97))
print(big / 3, big / 10 ** 29, 10 ** 30 / 7, (2 ** 64) / (2 ** 32))
print(big ** 2, (-big) ** 3, 3 ** 100, (-3) ** 101)
print(2 ** -70, 10 ** 25 / 10 ** 24, 1 / 2 ** 70)
print(abs(-big), -(-big), +big, ~big, ~-big)
print(big > 2 ** 64, big < 1e40, big == 123456789012345678901234567890, big != big + 1)
print(2 ** 64 == 18446744073709551616.0, 2 ** 64 + 1 == float(2 ** 64 + 1), 2 ** 64 + 1 > 2.0 ** 64)
print(float(big), float(2 ** 1000), int(1e30), int(-1.5e20), int(2.0 ** 100))
print(sum([2 ** 62] * 8), sum(range(10 ** 6)) * 10 ** 20, max(2 ** 70, 2 ** 69, 5), min(-(2 ** 70), 1))
print(sorted([2 ** 65, -(2 ** 65), 3, 2.5, 2 ** 64]))
print(round(big, -10), round(2 ** 70, -5), round(5 * 10 ** 20, -21), round(15 * 10 ** 20, -21), round(big))
print(int("9" * 40), int("-" + "1" * 30), int("ff" * 20, 16), int("0b" + "1" * 70, 0), int("1_000_000_000_000_000_000_000"))
print(hex(2 ** 100), oct(-(2 ** 70)), bin(2 ** 65 + 1), hex(-big))
print(type(2 ** 100).__name__, isinstance(2 ** 100, int), 2 ** 100 // 2 ** 99, type(2 ** 100 // 2 ** 99).__name__)
x = 2 ** 64
x -= 1
x += 1
x //= 2 ** 32
print(x, x == 2 ** 32, (2 ** 64) - (2 ** 64) == 0, 10 ** 19 % 10 ** 10)
print(bool(2 ** 100), not 2 ** 100, 2 ** 100 and "yes", 0 or 2 ** 70)
print(str(-(10 ** 30)), repr(10 ** 25), [10 ** 20, -(10 ** 20)], (2 ** 64,), {2 ** 64: "big"})
print(0xFFFFFFFFFFFFFFFFFFFF, 0o7777777777777777777777777, 100000000000000000000000000)
