# Unsupported construct: a generator function using yield must be rejected at load time
def numbers(n):
    for i in range(n):
        yield i * i

print(list(numbers(4)))
