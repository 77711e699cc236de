# Bitwise operators: & | ^ ~ << >> with positive and negative ints, bools, precedence
a, b = 12, 10
print(a & b, a | b, a ^ b, ~a, ~b, ~0, ~-1)
print(a << 2, a >> 2, 1 << 10, 1024 >> 3, 1 << 62, (1 << 62) >> 60)
print(-8 >> 1, -1 >> 5, -9 >> 2, -1 << 4, -5 & 3, -5 | 3, -5 ^ 3)
print(5 & -1, 0 | 0, 7 ^ 7, 255 & 15, 240 | 15)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True | 2).__name__)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 + 2 << 3, 1 + (2 << 3))
print(2 ** 4 >> 1, -2 ** 2 & 7, ~3 + 1)
for n in range(9):
    bits = ""
    m = n
    while m:
        bits = str(m & 1) + bits
        m = m >> 1
    print(n, bits or "0", n & (n - 1) == 0 and n != 0)
def popcount(n):
    c = 0
    while n:
        n = n & (n - 1)
        c += 1
    return c
print([popcount(i) for i in range(17)])
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags = flags | READ
flags = flags | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags = flags & ~EXEC
print(flags, flags ^ WRITE)
x, y = 37, 91
x = x ^ y
y = x ^ y
x = x ^ y
print(x, y)
print([i for i in range(32) if i & 5 == 5])
print(9223372036854775807 >> 62, -9223372036854775807 >> 62)
print(123456789 & 65535, 123456789 >> 16)
mask = (1 << 8) - 1
print(mask, -1 & mask, 300 & mask)
