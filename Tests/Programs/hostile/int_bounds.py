# Ranges and slices at the edges of 64-bit integers.
low, high = -9223372036854775807 - 1, 9223372036854775807

try:
    print(len(range(low, high - 1)))
except OverflowError as e:
    print("OverflowError", e)

r = range(low, high - 1)
print(r[0], r[-1], r[10], r[low], bool(r))
print([1, 2, 3][::low], [1, 2, 3][::high], "abc"[::low], (1, 2, 3)[::low])
print([1, 2, 3][low:high], [1, 2, 3][high:low:-1])
print(list(range(high - 2, high)), list(range(low, low + 3)))
print(list(range(0, high, high // 2)), list(range(high, low, low)))
