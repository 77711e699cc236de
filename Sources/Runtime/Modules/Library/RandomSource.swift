/// The Python source of `random`: the class `Random` over a native Mersenne Twister (`_Twister`), with every
/// method and distribution of CPython 3.11 drawing exactly what CPython's draw, so a seed gives the same
/// numbers; subclasses that override `random()` or `getrandbits()` are drawn from as CPython draws from
/// them. The module's functions are the methods of one instance whose generator is the run's (`_shared`).
enum RandomSource {
    /// What `random` takes from `math` and `collections.abc`, and its native generator and seeding helpers.
    static func natives(_ vm: VM) throws -> [String: Value] {
        let math = try vm.importModule("math", leaf: true)
        let abc = try vm.importModule("collections.abc", leaf: true)
        var natives = Dictionary(uniqueKeysWithValues: ["floor", "ceil", "log", "exp", "sqrt", "cos", "sin", "acos",
                                                         "isfinite", "pi", "e"].map {
            ("_" + $0, math.attribute($0) ?? .none)
        })
        natives["_Sequence"] = abc.attribute("Sequence") ?? .none
        natives["_Twister"] = .object(RandomGenerator.type)
        natives["_shared"] = .object(vm.randomGenerator)
        for (name, function) in [RandomSeeding.digestSeed, RandomSeeding.legacySeed] { natives[name] = function }
        return natives
    }

    static let text = #"""
TWOPI = _TAU = 2.0 * _pi
NV_MAGICCONST = _RATIO_BOUND = 4.0 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _LOG_FOUR = _log(4.0)
SG_MAGICCONST = _GAMMA_SHIFT = 1.0 + _log(4.5)
BPF = _FLOAT_BITS = 53
RECIP_BPF = 2.0 ** -BPF
_SEED_TYPES = (type(None), int, float, str, bytes, bytearray)


def _as_index(value, which):
    """An int randrange bound: ints as they are, integral floats as ints, anything else refused."""
    if isinstance(value, int):
        return int(value)
    whole = int(value)
    if whole != value:
        raise ValueError(f'non-integer {which} for randrange()')
    return whole


def _position(cumulative, target, hi):
    """The first index in cumulative[:hi] whose value exceeds target (hi when none does)."""
    lo = 0
    while lo < hi:
        middle = (lo + hi) // 2
        if target < cumulative[middle]:
            hi = middle
        else:
            lo = middle + 1
    return lo


def _running_totals(values):
    totals = []
    running = None
    for value in values:
        running = value if running is None else running + value
        totals.append(running)
    return totals


class Random:
    """A Mersenne Twister generator: seed it, draw from it, save and restore its state."""
    VERSION = 3

    def __new__(cls, *args, **kwargs):
        generator = object.__new__(cls)
        generator._twister = _Twister()
        return generator

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        """Pick how the subclass draws below a bound: from its own getrandbits(), or from its random()."""
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                break
            if 'getrandbits' in own:
                cls._randbelow = cls._below_from_bits
                break
            if 'random' in own:
                cls._randbelow = cls._below_from_floats
                break

    def seed(self, a=None, version=2):
        if isinstance(a, (str, bytes)) and version == 1:
            a = _legacy_seed(a)
        elif isinstance(a, (str, bytes, bytearray)) and version == 2:
            a = _digest_seed(a if isinstance(a, str) else bytes(a))
        elif not isinstance(a, _SEED_TYPES):
            raise TypeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.')
        self._twister.seed(a)
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, self._twister.getstate(), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version == 3:
            _, words, self.gauss_next = state
        elif version == 2:
            _, words, self.gauss_next = state
            try:
                words = tuple(word % 4294967296 for word in words)
            except ValueError as error:
                raise TypeError from error
        else:
            raise ValueError(f'state with version {version} passed to Random.setstate() of version {self.VERSION}')
        self._twister.setstate(words)

    __getstate__ = getstate
    __setstate__ = setstate

    def __reduce__(self):
        return type(self), (), self.getstate()

    def random(self):
        return self._twister.random()

    def getrandbits(self, k):
        return self._twister.getrandbits(k)

    def _randbelow(self, n):
        return self._twister.randbelow(n)

    def _below_from_bits(self, n):
        width = n.bit_length()
        drawn = self.getrandbits(width)
        while drawn >= n:
            drawn = self.getrandbits(width)
        return drawn

    def _below_from_floats(self, n):
        scale = 1 << _FLOAT_BITS
        if n >= scale:
            return _floor(self.random() * n)
        cutoff = (scale - scale % n) / scale
        drawn = self.random()
        while drawn >= cutoff:
            drawn = self.random()
        return _floor(drawn * scale) % n

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=1):
        first = _as_index(start, 'arg 1')
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if first > 0:
                return self._randbelow(first)
            raise ValueError('empty range for randrange()')
        last = _as_index(stop, 'stop')
        stride = _as_index(step, 'step')
        span = last - first
        if stride == 1:
            if span > 0:
                return first + self._randbelow(span)
            raise ValueError(f'empty range for randrange() ({first}, {last}, {span})')
        if stride == 0:
            raise ValueError('zero step for randrange()')
        count = (span + stride - 1) // stride if stride > 0 else (span + stride + 1) // stride
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if not isinstance(population, _Sequence):
            raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            bounds = _running_totals(counts)
            if len(bounds) != size:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            return [population[_position(bounds, slot, len(bounds))] for slot in self.sample(range(total), k=k)]
        if not 0 <= k <= size:
            raise ValueError('Sample larger than population or is negative')
        small = 21 if k <= 5 else 21 + 4 ** _ceil(_log(k * 3, 4))
        picked = []
        if size <= small:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(size - i)
                picked.append(pool[j])
                pool[j] = pool[size - i - 1]
        else:
            seen = set()
            for _ in range(k):
                j = self._randbelow(size)
                while j in seen:
                    j = self._randbelow(size)
                seen.add(j)
                picked.append(population[j])
        return picked

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_floor(self.random() * scale)] for _ in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if isinstance(weights, int):
                    raise TypeError(f'The number of choices must be a keyword argument: k={weights}') from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        return [population[_position(cum_weights, self.random() * total, size - 1)] for _ in range(k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            peak = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > peak:
            u, peak, low, high = 1.0 - u, 1.0 - peak, high, low
        return low + (high - low) * _sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        while True:
            first = self.random()
            second = 1.0 - self.random()
            z = _RATIO_BOUND * (first - 0.5) / second
            if z * z / 4.0 <= -_log(second):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        z, self.gauss_next = self.gauss_next, None
        if z is None:
            angle = self.random() * _TAU
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        if kappa <= 1e-6:
            return _TAU * self.random()
        half = 0.5 / kappa
        r = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * self.random())
            d = z / (r + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        turn = _acos(f) if self.random() > 0.5 else -_acos(f)
        return (mu + turn) % _TAU

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            spread = _sqrt(2.0 * alpha - 1.0)
            low, high = alpha - _LOG_FOUR, alpha + spread
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = _log(u1 / (1.0 - u1)) / spread
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = low + high * v - x
                if r + _GAMMA_SHIFT - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        while True:
            b = (_e + alpha) / _e
            p = b * self.random()
            x = p ** (1.0 / alpha) if p <= 1.0 else -_log((b - p) / alpha)
            u = self.random()
            if (u <= x ** (alpha - 1.0)) if p > 1.0 else (u <= _exp(-x)):
                return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        return y / (y + self.gammavariate(beta, 1.0)) if y else 0.0

    def paretovariate(self, alpha):
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


Random.__module__ = 'random'


class SystemRandom(Random):
    """Draws from the run's generator (a scenario has no entropy source); it has no state to save or seed."""

    def random(self):
        return _shared.random()

    def getrandbits(self, k):
        return _shared.getrandbits(k)

    def seed(self, *args, **kwds):
        return None

    def _stateless(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


SystemRandom.__module__ = 'random'

_inst = Random.__new__(Random)
_inst._twister = _shared
_inst.gauss_next = None
seed = _inst.seed
random = _shared.random
getrandbits = _shared.getrandbits
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
randbytes = _inst.randbytes
"""#
}
