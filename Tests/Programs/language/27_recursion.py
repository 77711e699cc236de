# Recursion: factorial, fibonacci with memo dict, mutual recursion, hanoi, permutations, RecursionError caught
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(10)], fact(20))

memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(10), fib(50), fib(90), len(memo))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))

moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(3, 'A', 'C', 'B')
for m in moves:
    print(m)
print(len(moves))

def perms(xs):
    if len(xs) <= 1:
        return [xs[:]]
    out = []
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append([xs[i]] + p)
    return out
print(perms([1, 2, 3]))

def flatten(obj, depth=0):
    if isinstance(obj, (list, tuple)):
        print("  " * depth + "container", len(obj))
        out = []
        for o in obj:
            out += flatten(o, depth + 1)
        return out
    print("  " * depth + "leaf", repr(obj))
    return [obj]
print(flatten([1, [2, ('a', [3])], []]))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))

def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set(['a', 'b', 'c']))

def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("caught", type(e).__name__, isinstance(e, RuntimeError))
print(fact(5), "still works after RecursionError")
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
