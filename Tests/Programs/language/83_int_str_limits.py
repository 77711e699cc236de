# Converting big ints to and from text: str/repr/int round trips, the 4300-digit limit, float overflow
n = 7 ** 3000
text = str(n)
print(len(text), text[:20], text[-20:], int(text) == n)
print(f"{2 ** 100:,}", f"{2 ** 100:_}", f"{-(2 ** 70):>40}", f"{2 ** 100:x}", f"{2 ** 80:#b}"[:20], f"{2 ** 70:o}")
print(f"{10 ** 22:e}", f"{2 ** 100:.3g}", f"{2 ** 64:,d}", f"{-(10 ** 20):+035,}", format(2 ** 90, "X"), format(3 ** 50, "^60"))
print("{:,}".format(10 ** 24), "{:>30}|".format(2 ** 80), "{0:d} {0:x}".format(2 ** 65))
big = 10 ** 4300
print(len(str(big - 1)), len(hex(big)))
try:
    str(big)
except ValueError as err:
    print("ValueError:", err)
try:
    print(big)
except ValueError as err:
    print("ValueError:", err)
try:
    f"{big}"
except ValueError as err:
    print("ValueError:", err)
try:
    int("7" * 4301)
except ValueError as err:
    print("ValueError:", err)
try:
    float(10 ** 400)
except OverflowError as err:
    print("OverflowError:", err)
try:
    10 ** 400 / 3
except OverflowError as err:
    print("OverflowError:", err)
try:
    2.5 * 10 ** 400
except OverflowError as err:
    print("OverflowError:", err)
try:
    "ab" * 2 ** 64
except OverflowError as err:
    print("OverflowError:", err)
try:
    [1, 2][2 ** 64]
except IndexError as err:
    print("IndexError:", err)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) < -1e308, 10 ** 400 == float("inf"))
print(int("-0"), int("  +42  "), int("1" * 25, 2), int("z" * 12, 36))
