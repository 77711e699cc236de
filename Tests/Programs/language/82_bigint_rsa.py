# RSA-style arithmetic: modular power with large primes, modular inverse through pow(e, -1, phi), gcd by hand
p = 170141183460469231731687303715884105727  # 2**127 - 1
q = 2305843009213693951  # 2**61 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(n, phi, gcd(e, phi))
d = pow(e, -1, phi)
print(d, d * e % phi)
for message in (42, 123456789, 2 ** 100 + 3, n - 1):
    c = pow(message, e, n)
    back = pow(c, d, n)
    print(message, c, back == message)
print(pow(3, 200, 10 ** 9 + 7), pow(2, 10 ** 18, 10 ** 9 + 7), pow(-3, 5, 7), pow(3, 5, -7), pow(5, -1, 7))
print(pow(2, 100), pow(2, -2), pow(10, 20, 1), pow(7, 0, 13))
try:
    pow(2, -1, 4)
except ValueError as err:
    print("ValueError:", err)
try:
    pow(2, 5, 0)
except ValueError as err:
    print("ValueError:", err)
try:
    pow(2.0, 5, 7)
except TypeError as err:
    print("TypeError:", err)
h = 0
for i in range(1, 200):
    h = (h * 1000003 ^ i) % 2 ** 127
print(h)
