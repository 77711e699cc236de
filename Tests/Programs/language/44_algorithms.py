# Small algorithms: sieve, memoized fibonacci, bubble sort with trace, word count, binary search, gcd/lcm
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i, ok in enumerate(is_prime) if ok]
print(sieve(60))
print(len(sieve(1000)), sieve(1000)[-5:])

fib_cache = {0: 0, 1: 1}
def fib(n):
    if n not in fib_cache:
        fib_cache[n] = fib(n - 1) + fib(n - 2)
    return fib_cache[n]
print([fib(i) for i in range(15)], fib(80))

def bubble_sort(items):
    a = list(items)
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        print("pass", i, a)
        if not swapped:
            break
    return a
print(bubble_sort([5, 1, 4, 2, 8, 0]))

text = """the cat sat on the mat
the dog sat on the log
a cat and a dog"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
for w, c in top:
    print(f"{w:<5}{c:>3} {'*' * c}")

def bsearch(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = [1, 3, 3, 5, 8, 13]
print([bsearch(data, t) for t in [0, 3, 4, 13, 20]])

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), [12 * k // gcd(12, k) for k in range(1, 9)])

def rle(s):
    out = []
    for ch in s:
        if out and out[-1][0] == ch:
            out[-1][1] += 1
        else:
            out.append([ch, 1])
    return "".join(ch + str(n) for ch, n in out)
print(rle("aaabccddddde"), rle(""), rle("x"))
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
