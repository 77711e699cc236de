"""Primes and closures: a sieve, a generator expression, a counter closure.

Closures capture variables by reference: `make_counter` returns a function
that keeps its own `count` alive with `nonlocal`.
"""


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            for multiple in range(n * n, limit + 1, n):
                is_prime[multiple] = False
    return [n for n, prime in enumerate(is_prime) if prime]


def make_counter(start=0):
    count = start

    def tick(step=1):
        nonlocal count
        count += step
        return count

    return tick


primes = sieve(60)
print("primes:", primes)
print("sum of squares:", sum(p * p for p in primes))
tick = make_counter(10)
print([tick() for _ in range(3)], tick(step=5))
