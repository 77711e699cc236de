# Numeric and conversion builtins as everyday code calls them: divmod, pow, round, bin/oct/hex, format, iter with a sentinel
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(2 ** 70, 3), divmod(-(2 ** 70), 2 ** 35))
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-8, 3), pow(3, 4, 5), pow(2, 2 ** 20, 1000007), pow(38, -1, 97))
print(round(1234567, -3), round(-1234567, -2), round(25, -1), round(35, -1), round(7, 0), round(7), round(2.675, 2), round(-0.5))
print(round(2 ** 80 + 5 * 10 ** 5, -6), round(1e20), round(1.5e22), type(round(3.7)).__name__)
print(bin(10), bin(-10), oct(64), hex(255), hex(-(2 ** 64)), bin(0), oct(-8), hex(True))
print(format(1234567.891, ",.2f"), format(42, "08b"), format(2 ** 70, ","), format(-17, "+x"), format(0.5, "%"), format(3, ""))
print(ascii("naïve ☃"), ascii([1, "é"]), ord("€"), chr(8364), chr(0x1F600) == "\U0001F600", ord("\n"))
print(abs(-7), abs(-7.25), abs(-(2 ** 80)), abs(True), (12).bit_length(), (255).bit_count(), (-5).conjugate())
print(int("  -42 "), int("0x1f", 16), int("0b101", 0), int("777", 8), int("z", 36), int(3.999), int(-3.999), int(True))
print(float("1e3"), float(" -2.5 "), float(2 ** 60), float("inf") > 2 ** 1000, float(10 ** 20) == 10 ** 20)
print((5).as_integer_ratio(), (2 ** 70).as_integer_ratio(), (7).__index__())
print(sum([0.1] * 10), sum([2 ** 63, 2 ** 63]), sum([1, 2, 3], 10), sum([[1], [2]], []))
numbers = iter([3, 1, 4, 1, 5, 9, 2, 6])
print(next(numbers), next(numbers), list(numbers), next(numbers, "done"))
queue = [5, 4, 3, 0, 2, 1]
for item in iter(queue.pop, 3):
    print("popped", item)
print(queue)
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)), list(iter(lambda: "x", "x")))
try:
    iter(5, 1)
except TypeError as err:
    print("TypeError:", err)
for bad in ["12a", "", "0x", "1__0", "_1"]:
    try:
        int(bad)
    except ValueError as err:
        print("ValueError:", err)
try:
    chr(0x110000)
except ValueError as err:
    print("ValueError:", err)
try:
    ord("ab")
except TypeError as err:
    print("TypeError:", err)
window = slice(1, None, 2)
data = list(range(10))
print(window, window.start, window.stop, window.step, data[window], "hello"[slice(None, None, -1)], slice(5))
print(window.indices(5), slice(None, -1).indices(10), slice(-3, None, -1).indices(4), slice(1, 2) == slice(1, 2))
print(data[slice(2 ** 70)], data[-(2 ** 70):3])
for bad in [lambda: slice(1, 2, 0).indices(3), lambda: slice(1).indices(-1), lambda: slice()]:
    try:
        bad()
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
