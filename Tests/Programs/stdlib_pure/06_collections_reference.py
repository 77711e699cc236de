from collections import deque, OrderedDict, ChainMap, Counter, defaultdict, namedtuple
d = deque([1, 2, 3], maxlen=3)
d.append(4); d.appendleft(0); print(d, d.maxlen, len(d), d[0], d[-1], list(reversed(d)))
d.rotate(1); print(d); d.rotate(-2); print(d)
q = deque("abc"); q.extendleft("xy"); print(q, q.popleft(), q.pop(), q.count("a"), "b" in q)
failing = [lambda: deque().pop(), lambda: deque().popleft(), lambda: d[5], lambda: d.remove(9),
           lambda: d.index(9), lambda: deque(maxlen=-1), lambda: OrderedDict().popitem(),
           lambda: ChainMap().pop('x'), lambda: ChainMap({}).popitem(), lambda: OrderedDict().move_to_end('q'),
           lambda: defaultdict(3), lambda: Counter(a=1)['b']]
for f in failing:
    try: print(f())
    except Exception as e: print(type(e).__name__, repr(e))
print(repr(defaultdict(list)), repr(defaultdict(None)), Counter('abca'), Counter(), OrderedDict(a=1))
print(OrderedDict(), ChainMap({'a': 1}, {}), deque(), deque(maxlen=2))
print(Counter('aab') + Counter('bc'), Counter('aab') - Counter('ab'))
print(Counter(a=3) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
c=Counter(a=2,b=-1); print(+c, -c, list(c.elements()), c.total(), c.most_common(1))
words = "the quick the lazy the dog quick".split()
wc = Counter(words); print(wc.most_common(2), wc["the"], wc["cat"], sorted(wc), len(wc))
wc.update(["dog", "dog"]); wc.subtract({"the": 2}); print(wc)
groups = defaultdict(list)
for w in words: groups[len(w)].append(w)
print(groups, dict(groups), groups[3], 9 in groups)
od = OrderedDict.fromkeys("abc")
od.move_to_end("a")
print(list(od))
od.move_to_end("c", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
base = {"color": "red", "size": 1}; over = {"size": 2}
cm = ChainMap(over, base); print(cm["size"], cm["color"], len(cm), sorted(cm), cm.get("x", 0))
child = cm.new_child(); child["size"] = 3; print(child["size"], cm["size"], child.maps[0], child.parents)
P = namedtuple('P', 'x y', defaults=[0])
for f in [lambda: P(), lambda: P(1,2,3), lambda: P(1,z=2), lambda: P._make([1]), lambda: P(1)._replace(q=1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, repr(e))
print(P._field_defaults, P(1).__class__.__name__, P.__doc__, P._fields)
Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4); x, y = p
print(p, p.x + p.y, x, y, p[0], p == (3, 4), p._asdict())
print(p._replace(x=10), Point._make([5, 6]), hash(p) == hash((3, 4)))
print(sorted([Point(2, 1), Point(1, 5)]), max(Point(2, 1), Point(1, 5)), tuple(p), list(p), len(p))
