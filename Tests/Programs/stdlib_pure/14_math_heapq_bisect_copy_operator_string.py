import math
import heapq
import bisect
import copy
import operator
import string
from operator import itemgetter, attrgetter, methodcaller

print(math.sqrt(2), math.pi, math.e, math.tau, math.inf, -math.inf, math.floor(2.7), math.ceil(2.1), math.trunc(-2.7))
print(math.log(100, 10), math.log(8, 2), math.log(math.e), math.log2(1024), math.log10(0.001), math.exp(1))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, 1), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.factorial(20), math.factorial(25), math.gcd(12, 18), math.gcd(0, 5, 10), math.lcm(4, 6), math.isqrt(99))
print(math.comb(10, 3), math.perm(5, 2), math.perm(4), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0))
print(math.fabs(-3), math.copysign(2, -0.0), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(7, 3))
print(math.degrees(math.pi), math.radians(180), math.pow(2, 10), math.floor(-0.5), math.ceil(5), math.gamma(5))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

tasks = []
for item in [(5, "write"), (1, "plan"), (3, "test"), (2, "design"), (4, "review"), (1, "coffee")]:
    heapq.heappush(tasks, item)
print(tasks)
print([heapq.heappop(tasks) for _ in range(3)], tasks)
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 3), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, ["pear", "fig", "apple"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))

scores = [55, 62, 70, 81, 90]
grades = "FDCBA"
print([grades[bisect.bisect(scores, s)] for s in [33, 62, 75, 90, 100]])
sorted_list = [1, 3, 3, 5]
bisect.insort(sorted_list, 3); bisect.insort_left(sorted_list, 0); print(sorted_list)
print(bisect.bisect_left(sorted_list, 3), bisect.bisect_right(sorted_list, 3))
print(bisect.bisect_left([(1, "a"), (4, "b")], 3, key=lambda p: p[0]))

class Config:
    def __init__(self):
        self.name = "base"
        self.tags = ["a"]
        self.nested = {"k": [1, 2]}

c = Config()
shallow, deep = copy.copy(c), copy.deepcopy(c)
c.tags.append("b"); c.nested["k"].append(3)
print(shallow.tags, deep.tags, shallow.nested, deep.nested, shallow is not c)
grid = [[0] * 2] * 2
print(copy.deepcopy({"a": [1, {"b": 2}]}), copy.copy([1, [2]]), copy.deepcopy((1, [2])))
shared = [1]
pair = copy.deepcopy([shared, shared])
print(pair[0] is pair[1])

rows = [{"name": "b", "age": 3}, {"name": "a", "age": 5}]
print(sorted(rows, key=itemgetter("name")), itemgetter(1, 0)("xyz"), itemgetter(1))
class P:
    def __init__(self, x): self.x = x
    def scaled(self, k): return self.x * k
print(attrgetter("x")(P(4)), methodcaller("scaled", 3)(P(2)), methodcaller("scaled", k=2), attrgetter("x", "y"))
print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(5), operator.contains([1], 1), operator.getitem("abc", 1))
from functools import reduce
print(reduce(operator.mul, range(1, 6)), list(map(operator.pow, [2, 3], [3, 2])), operator.truth([]))

print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation)
print(repr(string.whitespace), len(string.printable), string.capwords("hello   big world"))
t = string.Template("$who likes ${what}; costs $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"), t.get_identifiers())
try:
    string.Template("$who and $x").substitute(who="a")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError", e)
