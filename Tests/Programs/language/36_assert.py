# assert: passing asserts, messages, message expressions evaluated only on failure, catching AssertionError
def msg(text):
    print("building message:", text)
    return text

assert True
assert 1 + 1 == 2, msg("not built")
assert [1], "non-empty list is truthy"
print("passing asserts done")

try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("caught:", e, e.args)

try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args, repr(str(e)))

try:
    assert [] , msg("empty list")
except AssertionError as e:
    print("caught:", e)

def validate(age):
    assert isinstance(age, int), f"age must be int, got {type(age).__name__}"
    assert 0 <= age < 150, f"age out of range: {age}"
    return age

for value in [30, -1, "x", 200, 0]:
    try:
        print("valid", validate(value))
    except AssertionError as e:
        print("invalid:", e)

try:
    assert 0, 42
except AssertionError as e:
    print(e.args, type(e.args[0]).__name__)

try:
    assert None, ["list", "message"]
except AssertionError as e:
    print(e)

total = 0
for i in range(5):
    total += i
    assert total >= i, "never"
    print("total", total)
try:
    x = 5
    assert x == 5 and x < 3, (x, "tuple message")
except AssertionError as e:
    print("tuple:", e, e.args)
print("isinstance check:", isinstance(AssertionError("m"), Exception))
