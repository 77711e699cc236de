/// The Python source of the rest of `statistics`' functions: geometric and harmonic means, the grouped median,
/// and the relations of two variables (covariance, correlation, linear regression), computed in the order
/// CPython 3.11 computes them so the floats agree.
enum StatisticsRelationsSource {
    static let text = #"""
def geometric_mean(data) -> float:
    try:
        return _exp(fmean(_log(x) for x in data))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def _non_negative(amounts: object, message: str) -> object:
    for amount in amounts:
        if amount < 0:
            raise StatisticsError(message)
        yield amount


def harmonic_mean(data, weights=None) -> float:
    data = [*data]
    negative = 'harmonic mean does not support negative values'
    if not data:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if len(data) == 1 and weights is None:
        if not isinstance(data[0], (int, float)):
            raise TypeError('unsupported type')
        if data[0] < 0:
            raise StatisticsError(negative)
        return data[0]
    if weights is None:
        weights, weight_total = [1] * len(data), (len(data), 1)
    else:
        weights = [*weights]
        if len(weights) != len(data):
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _exact_sum(_non_negative(weights, negative))
    try:
        terms = [w / x if w else 0 for w, x in zip(weights, _non_negative(data, negative))]
    except ZeroDivisionError:
        return 0
    total = _exact_sum(terms)
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(_reduced(weight_total[0] * total[1], weight_total[1] * total[0]), _kind(terms))


def median_grouped(data, interval=1) -> float:
    ordered = sorted(data)
    n = len(ordered)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n == 1:
        return ordered[0]
    middle = ordered[n // 2]
    for value in (middle, interval):
        if isinstance(value, (str, bytes)):
            raise TypeError(f'expected number but got {value!r}')
    try:
        lower = middle - interval / 2
    except TypeError:
        lower = float(middle) - float(interval) / 2
    first = ordered.index(middle)
    count = n - first - ordered[::-1].index(middle)
    return lower + interval * (n / 2 - first) / count


def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n, _fsum(x) / n, _fsum(y) / n


def covariance(x, y, /) -> float:
    n, xbar, ybar = _paired(x, y, 'covariance')
    return _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)) / (n - 1)


def correlation(x, y, /) -> float:
    n, xbar, ybar = _paired(x, y, 'correlation')
    sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = _fsum((yi - ybar) * (yi - ybar) for yi in y)
    spread = _sqrt(sxx * syy)
    if spread == 0.0:
        raise StatisticsError('at least one of the inputs is constant')
    return sxy / spread


class LinearRegression(tuple):
    """The slope and intercept `linear_regression` finds."""
    __slots__ = ()
    _fields = ('slope', 'intercept')

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    slope = property(lambda self: self[0])
    intercept = property(lambda self: self[1])

    def __repr__(self) -> 'str':
        return f'LinearRegression(slope={self[0]!r}, intercept={self[1]!r})'


def linear_regression(x: object, y: object, /, *, proportional: bool = False) -> LinearRegression:
    n, xbar, ybar = _paired(x, y, 'linear regression')
    if proportional:
        return LinearRegression(_fsum(xi * yi for xi, yi in zip(x, y)) / _fsum(xi * xi for xi in x), 0.0)
    sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _fsum((xi - xbar) * (xi - xbar) for xi in x)
    if sxx == 0.0:
        raise StatisticsError('x is constant')
    slope = sxy / sxx
    return LinearRegression(slope, ybar - slope * xbar)
"""#
}
