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


def _as_index(bound: object, which: str) -> int:
    """A randrange bound as an int: ints as they are, integral floats too, anything else refused."""
    whole = int(bound)
    if whole != bound and not isinstance(bound, int):
        raise ValueError(f'non-integer {which} for randrange()')
    return whole


def _position(cumulative: list, target: float, hi: int) -> int:
    """The first index in cumulative[:hi] whose value exceeds target (hi when none does)."""
    lo = 0
    while lo < hi:
        middle = (lo + hi) // 2
        if target < cumulative[middle]:
            hi = middle
        else:
            lo = middle + 1
    return lo


def _running_totals(amounts: object) -> list:
    totals = []
    for amount in amounts:
        totals.append(amount if not totals else totals[-1] + amount)
    return totals


class Random:
    """A Mersenne Twister generator: seed it, draw from it, save and restore its state."""
    VERSION = 3

    def __new__(cls, *args: object, **kwargs: object) -> "Random":
        generator = object.__new__(cls)
        generator._twister = _Twister()
        return generator

    def __init__(self, x: object = None) -> None:
        self.seed(x)
        setattr(self, 'gauss_next', None)

    def __init_subclass__(cls, /, **kwargs: object) -> None:
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

    def seed(self, a: object = None, version: int = 2) -> None:
        if isinstance(a, (str, bytes)) and version == 1:
            a = _legacy_seed(a)
        elif isinstance(a, (str, bytes, bytearray)) and version == 2:
            a = _digest_seed(a if isinstance(a, str) else bytes(a))
        elif not isinstance(a, _SEED_TYPES):
            raise TypeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.')
        self._twister.seed(a)
        setattr(self, 'gauss_next', None)

    def getstate(self) -> tuple:
        return self.VERSION, self._twister.getstate(), self.gauss_next

    def setstate(self, state: tuple) -> None:
        if state[0] not in (2, 3):
            raise ValueError(f'state with version {state[0]} passed to Random.setstate() of version {self.VERSION}')
        _, words, self.gauss_next = state
        if state[0] == 2:
            try:
                words = tuple(word % 4294967296 for word in words)
            except ValueError as error:
                raise TypeError from error
        self._twister.setstate(words)

    __getstate__ = getstate
    __setstate__ = setstate

    def __reduce__(self) -> tuple:
        return type(self), (), self.getstate()

    def __copy__(self) -> "Random":
        twin = type(self)()
        twin.setstate(self.getstate())
        return twin

    def __deepcopy__(self, memo: dict) -> "Random":
        return self.__copy__()

    def random(self) -> float:
        return self._twister.random()

    def getrandbits(self, k: int) -> int:
        return self._twister.getrandbits(k)

    def _randbelow(self, n: int) -> int:
        return self._twister.randbelow(n)

    def _below_from_bits(self, n: int) -> int:
        width = n.bit_length()
        drawn = self.getrandbits(width)
        while drawn >= n:
            drawn = self.getrandbits(width)
        return drawn

    def _below_from_floats(self, n: int) -> int:
        scale = 1 << _FLOAT_BITS
        if n >= scale:
            return _floor(self.random() * n)
        cutoff = (scale - scale % n) / scale
        drawn = self.random()
        while drawn >= cutoff:
            drawn = self.random()
        return _floor(drawn * scale) % n

    def randbytes(self, n: int) -> bytes:
        return self.getrandbits(8 * n).to_bytes(n, 'little')

    def randrange(self, start: int, stop: object = None, step: int = 1) -> int:
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

    def randint(self, a: int, b: int) -> int:
        return self.randrange(a, b + 1)

    def choice(self, seq: object) -> object:
        size = len(seq)
        if size == 0:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x: list) -> None:
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            x[j], x[i] = x[i], x[j]

    def sample(self, population: object, k: int, *, counts: object = None) -> list:
        if isinstance(population, _Sequence) is False:
            raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            bounds = _running_totals(counts)
            if len(bounds) != size:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if isinstance(total, int) is False:
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            return [population[_position(bounds, slot, len(bounds))] for slot in self.sample(range(total), k=k)]
        if not 0 <= k <= size:
            raise ValueError('Sample larger than population or is negative')
        small = 21 if k <= 5 else 21 + 4 ** _ceil(_log(k * 3, 4))
        picked = []
        if size <= small:
            pool = [*population]
            for taken in range(k):
                j = self._randbelow(size - taken)
                picked.append(pool[j])
                pool[j] = pool[size - taken - 1]
        else:
            seen = set()
            for _ in range(k):
                j = self._randbelow(size)
                while j in seen:
                    j = self._randbelow(size)
                seen.add(j)
                picked.append(population[j])
        return picked

    def choices(self, population: object, weights: object = None, *, cum_weights: object = None,
                k: int = 1) -> list:
        size = len(population)
        if cum_weights is None and weights is None:
            scale = size + 0.0
            return [population[_floor(self.random() * scale)] for _ in range(k)]
        if cum_weights is None:
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
        if 0.0 >= total:
            raise ValueError('Total of weights must be greater than zero')
        if _isfinite(total) is False:
            raise ValueError('Total of weights must be finite')
        return [population[_position(cum_weights, self.random() * total, size - 1)] for _ in range(k)]

    def uniform(self, a: float, b: float) -> float:
        return a + self.random() * (b - a)

    def triangular(self, low: float = 0.0, high: float = 1.0, mode: object = None) -> float:
        drawn = self.random()
        try:
            peak = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if drawn > peak:
            drawn, peak, low, high = 1.0 - drawn, 1.0 - peak, high, low
        return low + (high - low) * _sqrt(drawn * peak)

    def normalvariate(self, mu: float = 0.0, sigma: float = 1.0) -> float:
        while True:
            first = self.random()
            second = 1.0 - self.random()
            z = _RATIO_BOUND * (first - 0.5) / second
            if z * z / 4.0 <= -_log(second):
                return mu + sigma * z

    def gauss(self, mu: float = 0.0, sigma: float = 1.0) -> float:
        z, self.gauss_next = self.gauss_next, None
        if z is None:
            angle = self.random() * _TAU
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + sigma * z

    def lognormvariate(self, mu: float, sigma: float) -> float:
        normal = self.normalvariate(mu, sigma)
        return _exp(normal)

    def expovariate(self, lambd: float) -> float:
        tail = 1.0 - self.random()
        return -_log(tail) / lambd

    def vonmisesvariate(self, mu: float, kappa: float) -> float:
        if kappa <= 0.000001:
            return _TAU * self.random()
        half = 0.5 / kappa
        r = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * self.random())
            d = z / (r + z)
            drawn = self.random()
            if drawn < 1.0 - d * d or drawn <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        cosine = (q + z) / (1.0 + q * z)
        turn = _acos(cosine) if self.random() > 0.5 else -_acos(cosine)
        return (mu + turn) % _TAU

    def gammavariate(self, alpha: float, beta: float) -> float:
        if beta <= 0.0 or alpha <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            spread = _sqrt(2.0 * alpha - 1.0)
            low, high = alpha - _LOG_FOUR, alpha + spread
            while True:
                first = self.random()
                if not 0.0000001 < first < 0.9999999:
                    continue
                second = 1.0 - self.random()
                v = _log(first / (1.0 - first)) / spread
                x = _exp(v) * alpha
                z = first * first * second
                r = low + high * v - x
                if r + _GAMMA_SHIFT - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        while True:
            b = (alpha + _e) / _e
            p = b * self.random()
            x = p ** (1.0 / alpha) if p <= 1.0 else -_log((b - p) / alpha)
            drawn = self.random()
            if (drawn <= x ** (alpha - 1.0)) if p > 1.0 else (drawn <= _exp(-x)):
                return x * beta

    def betavariate(self, alpha: float, beta: float) -> float:
        first = self.gammavariate(alpha, 1.0)
        return first / (first + self.gammavariate(beta, 1.0)) if first else 0.0

    def paretovariate(self, alpha: float) -> float:
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha: float, beta: float) -> float:
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


Random.__module__ = 'random'


class SystemRandom(Random):
    """Draws from the run's generator (a scenario has no entropy source); it has no state to save or seed."""

    def random(self) -> float:
        return _shared.random()

    def getrandbits(self, k: int) -> int:
        return _shared.getrandbits(k)

    def seed(self, *args: object, **kwds: object) -> None:
        return None

    def _stateless(self, *args: object, **kwds: object) -> None:
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


SystemRandom.__module__ = 'random'
_inst = Random.__new__(Random)
_inst._twister = _shared
_inst.gauss_next = None
"""#
}
