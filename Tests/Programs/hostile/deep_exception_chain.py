# A chain of 100,000 exceptions, each raised from the one before: walking it is a loop,
# freeing it must not recurse.


def build(length):
    error = None
    for i in range(length):
        try:
            raise ValueError(f"step {i}") from error
        except ValueError as e:
            error = e
    return error


last = build(100_000)
print(repr(last))
length = 0
node = last
while node is not None:
    length += 1
    node = node.__cause__
print("chain length:", length)
node = None
last = None
print("freed the chain")

try:
    raise KeyError("outer") from build(50_000)
except KeyError as e:
    print("caught", repr(e), "caused by", repr(e.__cause__))
print("done")
