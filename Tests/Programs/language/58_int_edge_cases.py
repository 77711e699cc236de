# Integer edge cases within 64 bits: large values, str/int round trips, negative zero ints, mixed comparisons
big = 9223372036854775807
small = -9223372036854775807 - 1
print(big, small, big + small, -(small + 1))
print(big // 3, big % 7, small // 3, small % 7, divmod(small, 10))
print(str(big)[::-1], len(str(big)), int(str(small)) == small)
print(big > 9.2e18, big == 9223372036854775807.0, float(big))
print(10 ** 18 + 10 ** 18, 3 ** 39, -(2 ** 62 - 1 + 2 ** 62))
print(2 ** 62 + (2 ** 62 - 1), 4611686018427387903 * 2 + 1)
print(1000000007 * 999999937, 123456789 * 987654321)
print(-1 * 0, 0 * -1, -0, 0 // -5, 0 % -5)
print(abs(small + 1), int(-9.2e18), int(9.2e18))
print(5 == 5.0, 5 < 5.000000001, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(int("9223372036854775807"), int("-9223372036854775807"))
print(max(big, 1e19), min(small, -1e19))
print(round(big / 10 ** 9), big // 10 ** 9)
values = [0, 1, -1, 7, -7, 100, -100]
for v in values:
    print(v, v // 3, v % 3, v // -3, v % -3, -v, ~v, v * v)
acc = 1
for i in range(1, 40):
    acc = acc * 3 % 1000000007
print(acc)
h = 0
for ch in "hashing":
    h = (h * 31 + ord(ch)) % 4294967296
print(h)
print(sum(range(1, 10001)), sum(i * i for i in range(1, 1001)))
print(int(True) + int(False), True * 3, -True, +False)
print(str(-0), repr(-5), str(10 ** 10), f"{10 ** 12:,}", f"{-1234567:,}")
print(divmod(big, 1000000000), divmod(-big, 1000000000))
print(7 // 7, -7 // 7, 7 // -7, 1 // 1000000000000, -1 // 1000000000000)
