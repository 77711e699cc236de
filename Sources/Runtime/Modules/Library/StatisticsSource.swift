/// The Python source of `statistics` for int and float data: sums and squared deviations in exact rationals
/// (integer numerator and denominator pairs), converted once at the end as CPython 3.11 converts its fractions,
/// so means, variances and (correctly rounded) standard deviations agree to the last bit.
enum StatisticsSource {
    /// What `statistics` takes from `math` (`_frexp`, `_fsum`, `_gcd`, `_isqrt`, `_exp`, …) and `_random`, which
    /// imports `random` when `NormalDist.samples` first needs it.
    static func natives(_ vm: VM) throws -> [String: Value] {
        let math = try vm.importModule("math", leaf: true)
        let names = ["frexp", "fsum", "gcd", "isqrt", "exp", "log", "sqrt", "erf", "fabs", "tau"]
        var natives = Dictionary(uniqueKeysWithValues: names.map { ("_" + $0, math.attribute($0) ?? .none) })
        let (name, importer) = VM.function("statistics", "_random") { vm, _, _ in
            .object(try vm.importModule("random", leaf: true))
        }
        natives[name] = importer
        return natives
    }

    /// The module: the averages and spreads, then the relations of two variables and `NormalDist`.
    static let text = basics + "\n\n" + StatisticsRelationsSource.text + "\n\n" + StatisticsNormalSource.text

    static let basics = #"""
class StatisticsError(ValueError):
    """Data a statistic cannot be computed from."""
    __module__ = 'statistics'


def _ratio(x):
    """`x` as an exact (numerator, denominator) pair."""
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if x != x or x in (float('inf'), float('-inf')):
            raise ValueError(f'cannot convert {x!r} to an exact ratio')
        mantissa, exponent = _frexp(x)
        n, e = int(mantissa * 2 ** 53), exponent - 53
        return (n << e, 1) if e >= 0 else _reduced(n, 1 << -e)
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _reduced(n, d):
    g = _gcd(n, d)
    return n // g, d // g


def _add(a, b):
    return _reduced(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _kind(data):
    """int when every value is an int (bools included), float when any is a float."""
    kind = int
    for x in data:
        _ratio(x)
        if isinstance(x, float):
            kind = float
    return kind


def _convert(ratio, kind):
    n, d = ratio
    if kind is int and d == 1:
        return n
    return n / d


def _exact_sum(values):
    total = (0, 1)
    for value in values:
        total = _add(total, _ratio(value))
    return total


def _squared_deviations(data, center):
    """The sum of squared deviations from `center` (the exact mean when None), its kind and the count."""
    if center is not None:
        deviations = [(x - center) * (x - center) for x in data]
        return _exact_sum(deviations), _kind(deviations), len(deviations)
    ratios = [_ratio(x) for x in data]
    n = len(ratios)
    kind = _kind(data)
    if n == 0:
        return (0, 1), kind, 0
    mean = _reduced(_exact_sum(data)[0], _exact_sum(data)[1] * n)
    total = (0, 1)
    for num, den in ratios:
        dn, dd = num * mean[1] - mean[0] * den, den * mean[1]
        total = _add(total, (dn * dn, dd * dd))
    return total, kind, n


def _sqrt_ratio(n, d):
    """The square root of n/d as a correctly rounded float (an odd last bit stands for an inexact root)."""
    shift = (120 - (n.bit_length() - d.bit_length())) // 2
    num, den = (n << 2 * shift, d) if shift >= 0 else (n, d << -2 * shift)
    root = _isqrt(num // den)
    if root * root * den != num:
        root |= 1
    return root / (1 << shift) if shift >= 0 else float(root << -shift)


def mean(data) -> float:
    data = [*data]
    if not data:
        raise StatisticsError('mean requires at least one data point')
    total = _exact_sum(data)
    return _convert(_reduced(total[0], total[1] * len(data)), _kind(data))


def _weighted_mean(data, weights):
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    denominator = _fsum(weights)
    if not denominator:
        raise StatisticsError('sum of weights must be non-zero')
    return _fsum(x * w for x, w in zip(data, weights)) / denominator


def fmean(data, weights=None) -> float:
    data = [*data]
    if weights is not None:
        return _weighted_mean(data, [*weights])
    if not data:
        raise StatisticsError('fmean requires at least one data point')
    return _fsum(data) / len(data)


def median(data) -> float:
    ordered = sorted(data)
    n = len(ordered)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2


def median_low(data) -> float:
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError('no median for empty data')
    return ordered[(len(ordered) - 1) // 2]


def median_high(data) -> float:
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError('no median for empty data')
    return ordered[len(ordered) // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data) -> object:
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = max(counts.values())
    return next(x for x, c in counts.items() if c == best)


def multimode(data) -> list:
    counts = _counts(data)
    best = max(counts.values(), default=0)
    return [x for x, c in counts.items() if c == best]


def _spread(data, center, least, what):
    total, kind, n = _squared_deviations([*data], center)
    if n < least:
        raise StatisticsError(f'{what} requires at least {"two data points" if least == 2 else "one data point"}')
    return _reduced(total[0], total[1] * (n - least + 1)), kind


def variance(data, xbar=None) -> float:
    return _convert(*_spread(data, xbar, 2, 'variance'))


def pvariance(data, mu=None) -> float:
    return _convert(*_spread(data, mu, 1, 'pvariance'))


def stdev(data, xbar=None) -> float:
    return _sqrt_ratio(*_spread(data, xbar, 2, 'stdev')[0])


def pstdev(data, mu=None) -> float:
    return _sqrt_ratio(*_spread(data, mu, 1, 'pstdev')[0])


def quantiles(data, *, n=4, method='exclusive') -> list:
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method not in ('inclusive', 'exclusive'):
        raise ValueError(f'Unknown method: {method!r}')
    cuts = []
    for i in range(1, n):
        if method[0] == 'i':
            j, delta = divmod(i * (size - 1), n)
            low, high = ordered[j], ordered[j + 1]
        else:
            j = min(max(i * (size + 1) // n, 1), size - 1)
            delta = i * (size + 1) - j * n
            low, high = ordered[j - 1], ordered[j]
        cuts.append((low * (n - delta) + high * delta) / n)
    return cuts
"""#
}
