/// The Python source of `bisect`: binary search and insertion into sorted lists, with `lo`, `hi` and `key`.
enum BisectSource {
    static let text = #"""
def _bounds(a: object, lo: int, hi: object) -> tuple:
    if lo < 0:
        raise ValueError('lo must be non-negative')
    return lo, len(a) if hi is None else hi


def bisect_left(a: object, x: object, lo: int = 0, hi: object = None, *, key: object = None) -> int:
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        middle = (lo + hi) // 2
        probe = a[middle] if key is None else key(a[middle])
        if probe < x:
            lo = middle + 1
        else:
            hi = middle
    return lo


def bisect_right(a: object, x: object, lo: int = 0, hi: object = None, *, key: object = None) -> int:
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        middle = (lo + hi) // 2
        probe = a[middle] if key is None else key(a[middle])
        if x < probe:
            hi = middle
        else:
            lo = middle + 1
    return lo


def insort_left(a: object, x: object, lo: int = 0, hi: object = None, *, key: object = None) -> None:
    a.insert(bisect_left(a, x if key is None else key(x), lo, hi, key=key), x)


def insort_right(a: object, x: object, lo: int = 0, hi: object = None, *, key: object = None) -> None:
    a.insert(bisect_right(a, x if key is None else key(x), lo, hi, key=key), x)


bisect = bisect_right
insort = insort_right
"""#
}
