/// The Python source of `statistics.NormalDist`: a normal distribution's density, cumulative distribution,
/// quantiles (Wichura's algorithm AS 241, evaluated in CPython's order so the floats agree), overlap, z-scores,
/// samples from `random` and arithmetic with constants and other distributions.
enum StatisticsNormalSource {
    static let text = #"""
_CENTRAL = ((2509.0809287301226727, 33430.575583588128105, 67265.770927008700853, 45921.953931549871457,
             13731.693765509461125, 1971.5909503065514427, 133.14166789178437745, 3.3871328727963666080),
            (5226.4952788528544610, 28729.085735721942674, 39307.895800092710610, 21213.794301586595867,
             5394.1960214247511077, 687.18700749205790830, 42.313330701600911252, 1.0))
_NEAR = ((7.74545014278341407640e-4, 0.0227238449892691845833, 0.241780725177450611770, 1.27045825245236838258,
          3.64784832476320460504, 5.76949722146069140550, 4.63033784615654529590, 1.42343711074968357734),
         (1.05075007164441684324e-9, 5.47593808499534494600e-4, 0.0151986665636164571966, 0.148103976427480074590,
          0.689767334985100004550, 1.67638483018380384940, 2.05319162663775882187, 1.0))
_FAR = ((2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.00124266094738807843860, 0.0265321895265761230930,
         0.296560571828504891230, 1.78482653991729133580, 5.46378491116411436990, 6.65790464350110377720),
        (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5, 7.86869131145613259100e-4,
         0.0148753612908506148525, 0.136929880922735805310, 0.599832206555887937690, 1.0))


def _horner(coefficients: tuple, r: float) -> float:
    value = coefficients[0]
    for c in coefficients[1:]:
        value = value * r + c
    return value


def _quantile(p: float, mu: float, sigma: float) -> float:
    """Wichura's algorithm AS 241: the standard normal quantile of p, scaled to mu and sigma."""
    centered = p - 0.5
    if _fabs(centered) <= 0.425:
        r = 0.180625 - centered * centered
        numerator, denominator = _CENTRAL
        return mu + (_horner(numerator, r) * centered / _horner(denominator, r)) * sigma
    r = _sqrt(-_log(p if centered <= 0.0 else 1.0 - p))
    if r <= 5.0:
        numerator, denominator, r = *_NEAR, r - 1.6
    else:
        numerator, denominator, r = *_FAR, r - 5.0
    x = _horner(numerator, r) / _horner(denominator, r)
    return mu + (-x if centered < 0.0 else x) * sigma


class NormalDist:
    """The normal distribution of a random variable with mean `mu` and standard deviation `sigma`."""
    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu: float = 0.0, sigma: float = 1.0) -> None:
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data: object) -> "NormalDist":
        data = [*data]
        return cls(fmean(data), stdev(data))

    def samples(self, n: int, *, seed: object = None) -> list:
        generator = _random() if seed is None else _random().Random(seed)
        return [generator.gauss(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x: float) -> float:
        variance = self._sigma ** 2.0
        if variance == 0.0:
            raise StatisticsError('pdf() not defined when sigma is zero')
        offset = x - self._mu
        return _exp(offset * offset / (-2.0 * variance)) / _sqrt(_tau * variance)

    def cdf(self, x: float) -> float:
        if self._sigma == 0.0:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + _erf((x - self._mu) / (self._sigma * _sqrt(2.0))))

    def inv_cdf(self, p: float) -> float:
        if p >= 1.0 or p <= 0.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if 0.0 >= self._sigma:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _quantile(p, self._mu, self._sigma)

    def quantiles(self, n: int = 4) -> list:
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other: "NormalDist") -> float:
        if isinstance(other, NormalDist) is False:
            raise TypeError('Expected another NormalDist instance')
        low, high = (other, self) if (other._sigma, other._mu) < (self._sigma, self._mu) else (self, other)
        low_var, high_var = low.variance, high.variance
        if not low_var or not high_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        spread = high_var - low_var
        distance = _fabs(high._mu - low._mu)
        if not spread:
            return 1.0 - _erf(distance / (2.0 * low._sigma * _sqrt(2.0)))
        a = low._mu * high_var - high._mu * low_var
        b = low._sigma * high._sigma * _sqrt(distance * distance + spread * _log(high_var / low_var))
        first, second = (a + b) / spread, (a - b) / spread
        return 1.0 - (_fabs(high.cdf(first) - low.cdf(first)) + _fabs(high.cdf(second) - low.cdf(second)))

    def zscore(self, x: float) -> float:
        if self._sigma == 0.0:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self.mean) / self._sigma

    mean = property(lambda self: self._mu)
    median = property(lambda self: self._mu)
    mode = property(lambda self: self._mu)
    stdev = property(lambda self: self._sigma)
    variance = property(lambda self: self._sigma ** 2.0)

    def __add__(self, other: object) -> "NormalDist":
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, _sqrt(self._sigma ** 2.0 + other._sigma ** 2.0))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other: object) -> "NormalDist":
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, _sqrt(self._sigma ** 2.0 + other._sigma ** 2.0))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, constant: float) -> "NormalDist":
        return NormalDist(self._mu * constant, self._sigma * _fabs(constant))

    def __truediv__(self, constant: float) -> "NormalDist":
        return NormalDist(self._mu / constant, self._sigma / _fabs(constant))

    def __pos__(self) -> "NormalDist":
        return NormalDist(self._mu, self._sigma)

    def __neg__(self) -> "NormalDist":
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other: object) -> "NormalDist":
        return -(self - other)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, NormalDist) is False:
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self) -> int:
        return hash((self.mean, self.stdev))

    def __repr__(self) -> str:
        return f'{type(self).__name__}(mu={self.mean!r}, sigma={self.stdev!r})'
"""#
}
