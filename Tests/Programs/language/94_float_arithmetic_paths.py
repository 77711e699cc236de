print(1.5 + 2, 2 - 0.5, 3 * 0.1, 1 / 3.0, 2 ** 53 + 1.0, 10 ** 20 * 1.0, 7 / 2, 7.0 / 0.5, -0.0 + 0, 0.1 + 0.2)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(e)
print(float("inf") - float("inf"), 1e308 * 10, True + 0.5, 3 - True * 1.5)
