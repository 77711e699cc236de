# Uncaught AssertionError carrying a formatted message
def check_positive(x):
    assert x > 0, f"expected positive value, got {x}"
    return x

print(check_positive(3))
check_positive(-2)
