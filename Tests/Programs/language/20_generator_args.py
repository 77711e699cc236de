# Generator expressions as direct call arguments: sum, min, max, any, all, join, list, sorted, dict, set
xs = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(x * x for x in xs))
print(sum(x for x in xs if x > 0), sum(abs(x) for x in xs))
print(min(x for x in xs if x > 0), max(x * -1 for x in xs))
print(any(x > 5 for x in xs), all(x > -10 for x in xs), any(x > 100 for x in xs))
print(all(x for x in []), any(x for x in []))
print(",".join(str(x) for x in xs))
print("".join(c.upper() for c in "hello" if c != 'l'))
print(list(x // 2 for x in xs), tuple(x for x in range(3)))
print(sorted(x % 4 for x in xs), sorted((x for x in xs), reverse=True))
print(set(x % 3 for x in range(10)), dict((k, len(k)) for k in ["a", "bb", "ccc"]))
print(max(len(w) for w in "a quick brown fox".split()))
print(sum(1 for c in "mississippi" if c in "sp"))
print(sum(x for x in range(5)), sum((x for x in range(5)), 10))
def probe(n):
    print("probe", n)
    return n > 2
print(any(probe(n) for n in range(10)))
print(all(probe(n) for n in [5, 4, 1, 7]))
words = ["pear", "fig", "banana", "kiwi"]
print(min((len(w), w) for w in words), max((len(w), w) for w in words))
print(sum(len(w) for w in words) / len(words))
print(list(zip(range(3), (c for c in "xyz"))))
print(sum(i * j for i in range(4) for j in range(4) if i != j))
grid = [[1, 2], [3, 4], [5, 6]]
print(sum(sum(r) for r in grid), max(max(r) for r in grid))
print(list(enumerate(w[0] for w in words)))
print(" | ".join(f"{w:>6}" for w in words))
print(sum(0.1 for _ in range(10)))
total = 0
for n in range(1, 6):
    total += sum(k for k in range(n))
    print(n, total)
print(min((x for x in []), default="empty"), max((x for x in [1]), default=0))
print(next(x for x in xs if x > 4), next((x for x in xs if x > 100), None))
