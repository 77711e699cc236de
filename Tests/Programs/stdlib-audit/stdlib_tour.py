"""A tour of the smaller modules as tutorials use them: json, textwrap, statistics, uuid, heapq, bisect, copy, string,
math, operator, signal, collections, enum, abc, contextlib, sys, os, traceback, warnings and weakref."""
import json, textwrap, statistics, uuid, heapq, bisect, copy, string, math, operator, signal, warnings, traceback, sys, os, weakref
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap
import collections.abc as cabc
import contextlib, enum, abc

data = {"b": [1, 2.5, None, True], "a": {"x": "é", "y": (1, 2)}, "c": "q\"uote\n"}
print(json.dumps(data), json.dumps(data, sort_keys=True, indent=2), json.dumps(data, ensure_ascii=False), sep="\n")
print(json.dumps(data, separators=(",", ":"), indent="\t"), json.dumps([1, 2], indent=0))
print(json.dumps({1: 2, 2.5: 3, None: 4, True: 5}), json.dumps(float("inf")), json.dumps(1e100), json.dumps(0.1))
class Enc(json.JSONEncoder):
    def default(self, o):
        return sorted(o) if isinstance(o, set) else super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc), json.dumps({"d": {2, 1}}, default=list), json.loads('{"a": [1, 2.0, null, "x\\u00e9"]}'))
print(json.loads('[1, 2]', object_hook=None), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads("1.5", parse_float=str))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print(e, e.pos, e.lineno, e.colno)
try:
    json.dumps({"s": {1}})
except TypeError as e:
    print(e)
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30), textwrap.fill(text, 25, initial_indent="> ", subsequent_indent="  "), sep="\n")
print(textwrap.shorten(text, 40), textwrap.shorten("Hello  world!", width=12, placeholder=" [..]"))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.indent("a\n\nb\n", "+ ")), repr(textwrap.indent("a\n\nb", "> ", lambda l: True)))
print(textwrap.TextWrapper(width=20, break_long_words=False, max_lines=2, placeholder="...").wrap("supercalifragilistic is a long word indeed yes"))
d = [2.5, 3.25, 5.5, 11.25, 11.75, 4, 4]
print(statistics.mean(d), statistics.fmean(d), statistics.median(d), statistics.median_low(d), statistics.median_high(d), statistics.mode(d))
print(statistics.stdev(d), statistics.pstdev(d), statistics.variance(d), statistics.pvariance(d), statistics.multimode("aabbc"))
print(statistics.quantiles(d, n=4), statistics.quantiles(d, n=10, method="inclusive"), statistics.geometric_mean([1, 2, 4]), statistics.harmonic_mean([1, 2, 4]))
print(statistics.median_grouped([1, 2, 2, 3, 4]), statistics.correlation([1, 2, 3], [2, 4, 7]), statistics.covariance([1, 2, 3], [2, 4, 7]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
nd = statistics.NormalDist(100, 15)
print(nd, nd.cdf(120), nd.inv_cdf(0.9), nd.pdf(100), nd.mean, nd.stdev, nd.variance, nd.overlap(statistics.NormalDist(110, 10)), nd.zscore(130))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print(e)
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant, u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq, u.node, u.time)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID("{12345678-1234-5678-1234-567812345678}"))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "http://x"), uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(str(uuid.uuid4())[14], sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), uuid.UUID(int=5) == uuid.UUID(int=5))
h = [5, 1, 8, 3]; heapq.heapify(h); heapq.heappush(h, 0)
print(h, heapq.heappop(h), heapq.heappushpop(h, 4), heapq.heapreplace(h, 9), h, heapq.nlargest(2, h), heapq.nsmallest(2, h, key=lambda x: -x), list(heapq.merge([1, 4], [2, 3], reverse=False)))
a = [1, 3, 3, 7]; bisect.insort(a, 3); bisect.insort_left(a, 0)
print(a, bisect.bisect(a, 3), bisect.bisect_left(a, 3), bisect.bisect_right(a, 3, lo=5), bisect.bisect_left([(1, "a"), (3, "b")], 2, key=lambda t: t[0]))
x = {"l": [1, [2]]}; y = copy.copy(x); z = copy.deepcopy(x); x["l"][1].append(3)
print(y, z, copy.copy(5), copy.deepcopy((1, [2])))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, repr(string.printable))
print(string.capwords("hello   world-x"), string.Template("$a ${b}c $$").substitute(a=1, b=2), string.Template("$a $z").safe_substitute(a=1))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3]), math.dist([0, 0], [3, 4]), math.isqrt(99), math.lcm(4, 6), math.gcd(12, 18, 3), math.nextafter(1, 2), math.ulp(1.0), math.cbrt(27) if hasattr(math, "cbrt") else None)
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.fsum([0.1] * 10), math.hypot(3, 4, 12), math.log(8, 2), math.log2(1024), math.log10(1e-5), math.isclose(1, 1 + 1e-10), math.inf, -math.inf, math.nan, math.tau, math.e)
print(math.factorial(20), math.copysign(3, -0.0), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(2.5), math.fmod(-7, 3), math.remainder(7, 3), math.degrees(math.pi), math.radians(180), math.erf(1), math.gamma(5.5))
print(operator.itemgetter(1, 0)([5, 6]), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", ",")("a,b"), operator.add(1, 2), operator.index(5), operator.length_hint([1, 2]), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"), operator.call(abs, -1) if hasattr(operator, "call") else None)
print(signal.SIGINT, repr(signal.SIGTERM), int(signal.SIGKILL), signal.Signals(2).name, signal.SIG_DFL, signal.SIG_IGN, signal.NSIG, signal.strsignal(signal.SIGINT), signal.valid_signals() == set(signal.Signals) if False else None)
print(list(ChainMap({"a": 1}, {"b": 2, "a": 3}).items()), OrderedDict(a=1, b=2).popitem(last=False), Counter("abracadabra").most_common(2), Counter(a=3) - Counter(a=1), Counter("ab") + Counter("b"))
dq = deque(range(5), maxlen=3); dq.append(9); dq.rotate(1); dq.appendleft(7)
print(dq, dq.maxlen, defaultdict(list, {"a": [1]}), namedtuple("P", "x y", defaults=[0])(1), namedtuple("P", ["x", "y"])._make([1, 2])._asdict(), namedtuple("Q", "a b")(1, 2)._replace(a=5))
print(isinstance([], cabc.MutableSequence), isinstance({}, cabc.Mapping), isinstance((x for x in []), cabc.Generator), isinstance(1, cabc.Hashable), issubclass(dict, cabc.MutableMapping), isinstance(range(3), cabc.Sequence), isinstance({}.keys(), cabc.Set))
class Color(enum.Enum):
    RED = 1
    GREEN = enum.auto()
class Perm(enum.Flag):
    R = enum.auto(); W = enum.auto(); X = enum.auto()
class Num(enum.IntEnum):
    ONE = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color["RED"], list(Color), Color.RED.name, Color.RED.value, Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), Num.ONE + 1, Num(1), len(Color), Color.RED in Color, Perm.R in (Perm.R | Perm.W))
print(str(enum.StrEnum("S", "A B").A) if hasattr(enum, "StrEnum") else None, Color.__members__.keys(), Perm.W.value, ~Perm.R, Perm(0), bool(Perm(0)))
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
try:
    Base()
except TypeError as e:
    print(e)
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>"); yield name; print(f"</{name}>")
with tag("a") as n, contextlib.suppress(KeyError):
    {}["x"]
with contextlib.ExitStack() as st:
    for i in range(2): st.enter_context(tag(f"s{i}"))
    st.callback(print, "callback")
with contextlib.nullcontext(5) as v: print(v)
class Res:
    def close(self): print("closed")
with contextlib.closing(Res()): pass
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print("captured")
print(repr(buf.getvalue()))
print(sys.argv[0].endswith(".py"), sys.version_info[:2], sys.version_info >= (3, 8), sys.maxsize, sys.byteorder, sys.platform, sys.getrecursionlimit(), sys.float_info.max, sys.float_info.epsilon, sys.intern("x"))
print(os.sep, repr(os.linesep), os.getenv("NOPE", "dflt"), os.cpu_count(), os.path.join("a", "b", "/c", "d"), os.path.basename("/x/y.txt"), os.path.dirname("/x/y.txt"), os.path.splitext("a/b.tar.gz"), os.path.split("a/b"), os.path.normpath("a//b/../c/."), os.path.isabs("/a"), os.name, os.curdir, os.pardir, os.pathsep, os.path.commonprefix(["abc", "abd"]), os.path.commonpath(["/a/b", "/a/c"]) if True else None)
def fail():
    raise ValueError("bad value")
try:
    fail()
except ValueError:
    print(traceback.format_exc())
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
try:
    fail()
except ValueError as e:
    print("".join(traceback.format_exception(e)), traceback.format_exception(type(e), e, e.__traceback__)[-1], traceback.extract_tb(e.__traceback__)[-1].name, len(traceback.format_tb(e.__traceback__)))
warnings.showwarning = lambda m, c, f, l, file=None, line=None: print("W:", c.__name__, m, l)
warnings.warn("plain")
warnings.warn("dep", DeprecationWarning)
warnings.simplefilter("ignore", UserWarning)
warnings.warn("ignored")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("one", RuntimeWarning)
    warnings.warn("two")
print([(type(w.message).__name__, str(w.message), w.category.__name__) for w in caught], warnings.formatwarning("msg", UserWarning, "f.py", 3))
class Node:
    pass
n = Node(); r = weakref.ref(n); ws = weakref.WeakSet([n]); wv = weakref.WeakValueDictionary({"n": n}); fin = weakref.finalize(n, print, "finalized")
print(r() is n, len(ws), list(wv), fin.alive, weakref.getweakrefcount(n))
del n
print(r(), len(ws), list(wv), fin.alive)
points = [(1.5, 2.5), (4.25, -1.0), (0.1, 0.2), (-3.3, 7.7)]
print([math.hypot(*p) for p in points], [math.dist(p, q) for p, q in zip(points, points[1:])], math.hypot(0.1, 0.2, 0.3))

f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), f.format("{} and {}", "a", "b"), f.format("{0!r:>8}|{1:{2}}|", "hi", 3.14159, ".2f"))
print(f.format("{p.real} {d[k]} {l[1]} {{literal}}", p=3 + 4j, d={"k": "v"}, l=[5, 6]))
print(list(f.parse("a{0}b{name!s:>5}c{{d}}")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, f"<{key}>") if isinstance(key, str) else super().get_value(key, args, kwargs)
print(Upper().format("hello {who} {missing} {0}", "zero", who="world"))
for bad in ("{0}{}", "{}{0}", "a}b", "{0", "{0!x}"):
    try:
        print(f.format(bad, 1, 2))
    except ValueError as e:
        print("ValueError:", e)

import statistics as st
nd = st.NormalDist.from_samples([2.5, 3.1, 2.9, 3.4, 2.2])
print(nd, [round(x, 9) for x in nd.samples(4, seed=42)], nd.quantiles(), nd + 1, nd * 2, 3 - nd, nd == st.NormalDist(nd.mean, nd.stdev), nd.median, nd.mode)
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.geometric_mean([54, 24, 36]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.correlation(range(10), [x * x for x in range(10)]), st.linear_regression([1, 2, 3, 4], [3, 5, 7, 9.5], proportional=True), st.covariance([1.5, 2.5], [3, 1]))
for bad in (lambda: st.correlation([1, 1], [2, 3]), lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([]), lambda: st.covariance([1], [2]), lambda: st.NormalDist(0, -1), lambda: st.NormalDist().inv_cdf(1.5), lambda: st.linear_regression([1, 2], [1])):
    try:
        bad()
    except (st.StatisticsError, ValueError) as e:
        print(type(e).__name__, e)
print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.mean([1, 2.5]), st.median([]) if False else None, st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=3))
