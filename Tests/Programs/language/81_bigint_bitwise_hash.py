# Big integers: shifts, bitwise operators on negatives, hashing as CPython, dict and set keys
a = 2 ** 100 + 12345
b = -(2 ** 90) - 7
print(a << 10, a >> 10, b >> 10, b >> 200, a >> 200, 1 << 100, -1 << 70, (-5) >> 1, -(2 ** 70) >> 3)
print(a & b, a | b, a ^ b, a & 0xFFFF, b & 0xFFFF, b | 1, -a & -b, -a | -b, -a ^ b)
print(a & (2 ** 64 - 1), (a >> 64) & 0xFF, ~a & a, (a ^ a) == 0)
print(hash(2 ** 64), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 64)), hash(2 ** 100), hash(-(2 ** 61) + 1))
print(hash(2 ** 64) == hash(float(2 ** 64)), hash(10 ** 30))
d = {2 ** 64: "a", 2 ** 65: "b", 3: "c"}
print(d[2 ** 64], d.get(2 ** 65), 2 ** 64 in d, 18446744073709551616 in d, float(2 ** 64) in d)
s = {2 ** 70, 2 ** 71, 2 ** 70, 1, 2.0 ** 70}
print(len(s), sorted(s))
print({2 ** 64, 5, 2 ** 64 + 1, 7})
masks = [(1 << k) - 1 for k in (63, 64, 65, 128)]
print(masks)
print([m.bit_length() for m in masks], (2 ** 100).bit_length(), (-(2 ** 100)).bit_length(), (0).bit_length())
checksum = 0
for ch in "The quick brown fox jumps over the lazy dog":
    checksum = (checksum * 257 + ord(ch)) ^ (checksum >> 13)
print(checksum, checksum % (2 ** 61 - 1), len(bin(checksum)))
