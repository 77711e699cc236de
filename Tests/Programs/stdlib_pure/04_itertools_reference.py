import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, filterfalse, groupby, islice,
                       pairwise, starmap, takewhile, tee, zip_longest, product, permutations, combinations,
                       combinations_with_replacement)
print(list(islice(count(10, 5), 4)), list(zip("abc", count())), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("AB"), 5)), list(repeat("x", 3)), list(zip(range(3), repeat(0))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)))
print(list(chain("ab", [1, 2])), list(chain.from_iterable(["xy", "z"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(filterfalse(lambda x: x % 2, range(10))))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby(sorted(["apple", "avocado", "banana", "cherry", "cranberry"]), key=lambda s: s[0])])
jobs = [("alice", 3), ("alice", 5), ("bob", 1), ("carol", 2), ("carol", 7)]
for owner, rows in groupby(jobs, key=lambda j: j[0]):
    print(owner, sum(n for _, n in rows))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)),
      list(islice("ABCDEFG", 0, None, 2)), list(islice(range(10), 1, 8, 3)))
print(list(pairwise("ABCDE")), list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b), len(tee("ab", 3)))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1], [2, 3], [4, 5, 6])))
print(list(product("AB", repeat=2)), list(product([1, 2], "xy")))
print(list(permutations("ABC", 2)), len(list(permutations(range(4)))))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)))
print(list(combinations_with_replacement("ABC", 2)))
try:
    islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
