# UnboundLocalError: local variable read before assignment shadows the global
total = 10

def add(n):
    total = total + n
    return total

print(add(5))
