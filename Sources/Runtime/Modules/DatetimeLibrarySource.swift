/// The Python half of `datetime`, written for asyncviz: a `timedelta` is a
/// count of microseconds, a `date` a day number since 1970-01-01 shown as a
/// calendar date by the natives (`_civil`, `_day_number`), a `datetime` a day
/// plus a clock, compared and subtracted as microseconds since 1970 in UTC.
/// Orderings come from one helper (`_ordered`) over a key per class.
/// `now`/`today` read the wall clock (`_wall`: the fixed epoch plus virtual
/// seconds); the local time zone is UTC. Formatting goes through `_strftime`.
enum DatetimeLibrarySource {
    static let text = common + "\n\n" + delta + "\n\n" + zones + "\n\n" + dates + "\n\n" + moments + "\n\n"
        + DatetimeIsoSource.text + "\n\n" + DatetimeStrptimeSource.text

    static let common = #"""
MINYEAR, MAXYEAR = 1, 9999
_DAY_US = 86400 * 1000000
_UNIT_US = {"weeks": 7 * _DAY_US, "days": _DAY_US, "hours": 3600 * 1000000, "minutes": 60 * 1000000,
            "seconds": 1000000, "milliseconds": 1000, "microseconds": 1}
_ORDINAL_1970 = 719163
_COMPARISONS = (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b))


def _ordered(cls, key, accepts, mismatch=None):
    """Give ``cls`` its comparisons, equality and hash, all by ``key``.

    ``accepts(a, b)`` says whether two values compare at all; ``mismatch(a, b)``, when given, raises for
    values of the class that cannot be ordered (naive and aware datetimes) and is false when they can."""
    for dunder, holds in _COMPARISONS:
        def compare(self, other, holds=holds):
            verdict = NotImplemented
            if accepts(self, other):
                if mismatch is not None and mismatch(self, other):
                    raise TypeError("can't compare offset-naive and offset-aware datetimes")
                verdict = holds(key(self), key(other))
            return verdict
        setattr(cls, dunder, compare)

    def same(self, other):
        if not accepts(self, other) or (mismatch is not None and mismatch(self, other)):
            return False
        return key(self) == key(other)

    cls.__eq__ = same
    cls.__ne__ = lambda self, other: not same(self, other)
    cls.__hash__ = lambda self: hash(key(self))


def _not_integer(value):
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _whole(value) -> int:
    return value if isinstance(value, int) else _not_integer(value)
"""#

    static let delta = #"""
def _as_us(other):
    """The microseconds of a timedelta operand, None for anything else."""
    return other._us if isinstance(other, timedelta) else None


class timedelta:
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0) -> None:
        parts = {"weeks": weeks, "days": days, "hours": hours, "minutes": minutes, "seconds": seconds,
                 "milliseconds": milliseconds, "microseconds": microseconds}
        exact, inexact = 0, 0.0
        for unit, amount in parts.items():
            if isinstance(amount, float):
                inexact += amount * _UNIT_US[unit]
            elif isinstance(amount, int):
                exact += amount * _UNIT_US[unit]
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (unit, type(amount).__name__))
        self._us = exact + round(inexact)
        if not -999999999 <= self._us // _DAY_US <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % (self._us // _DAY_US))

    @classmethod
    def _of(cls, count: int) -> "timedelta":
        made = cls.__new__(cls)
        made._us = count
        return made

    days = property(lambda self: self._us // _DAY_US)
    seconds = property(lambda self: self._us % _DAY_US // 1000000)
    microseconds = property(lambda self: self._us % 1000000)

    def total_seconds(self) -> float:
        return self._us / 10**6

    def _fields_repr(self) -> str:
        shown = [(word, n) for word, n in zip(("days", "seconds", "microseconds"),
                                               (self.days, self.seconds, self.microseconds)) if n]
        return "datetime.timedelta(%s)" % (", ".join("%s=%d" % item for item in shown) or "0")

    __repr__ = _fields_repr

    def __str__(self) -> str:
        clock = self._us % _DAY_US
        text = "%d:%02d:%02d" % (clock // 3600000000, clock // 60000000 % 60, clock // 1000000 % 60)
        if clock % 1000000:
            text += ".%06d" % (clock % 1000000)
        if self.days:
            text = "%d day%s, %s" % (self.days, "" if abs(self.days) == 1 else "s", text)
        return text

    def __add__(self, other: "timedelta") -> "timedelta":
        us = _as_us(other)
        return NotImplemented if us is None else timedelta._of(self._us + us)

    __radd__ = __add__

    def __sub__(self, other: "timedelta") -> "timedelta":
        us = _as_us(other)
        return NotImplemented if us is None else timedelta._of(self._us - us)

    def __neg__(self) -> "timedelta":
        return timedelta._of(-self._us)

    def __pos__(self) -> "timedelta":
        return timedelta._of(self._us)

    def __abs__(self) -> "timedelta":
        return timedelta._of(abs(self._us))

    def __mul__(self, factor) -> "timedelta":
        if isinstance(factor, int):
            return timedelta._of(self._us * factor)
        return timedelta._of(round(self._us * factor)) if isinstance(factor, float) else NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, by):
        us = _as_us(by)
        if us is not None:
            return self._us / us
        return timedelta._of(round(self._us / by)) if isinstance(by, (int, float)) else NotImplemented

    def __floordiv__(self, by):
        us = _as_us(by)
        if us is not None:
            return self._us // us
        return timedelta._of(self._us // by) if isinstance(by, int) else NotImplemented

    def __mod__(self, by: "timedelta") -> "timedelta":
        us = _as_us(by)
        return NotImplemented if us is None else timedelta._of(self._us % us)

    def __divmod__(self, by: "timedelta") -> tuple:
        us = _as_us(by)
        return NotImplemented if us is None else (self._us // us, timedelta._of(self._us % us))

    def __bool__(self) -> bool:
        return self._us != 0


_ordered(timedelta, lambda d: d._us, lambda a, b: isinstance(b, timedelta))
timedelta.min = timedelta._of(-999999999 * _DAY_US)
timedelta.max = timedelta._of(1000000000 * _DAY_US - 1)
timedelta.resolution = timedelta._of(1)
"""#

    static let zones = #"""
class tzinfo:
    """The base class of time zones; ``timezone`` is the only one asyncviz provides."""


class timezone(tzinfo):
    def __init__(self, offset: timedelta, name=None) -> None:
        if _as_us(offset) is None:
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not " + type(offset).__name__)
        if not -_DAY_US < offset._us < _DAY_US:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % offset)
        self._shift, self._label = offset, name

    def utcoffset(self, moment) -> timedelta:
        return self._shift

    def dst(self, moment) -> None:
        return None

    def tzname(self, moment) -> str:
        if self._label is not None:
            return self._label
        return "UTC" + _offset_text(self._shift, ":") if self._shift else "UTC"

    def _constructor_repr(self) -> str:
        if self is timezone.utc:
            return "datetime.timezone.utc"
        shown = repr(self._shift) if self._label is None else "%r, %r" % (self._shift, self._label)
        return "datetime.timezone(%s)" % shown

    __repr__ = _constructor_repr
    __str__ = lambda self: self.tzname(None)


_ordered(timezone, lambda z: z._shift._us, lambda a, b: isinstance(b, timezone))


def _offset_text(offset: timedelta, colon: str) -> str:
    sign, us = ("-", -offset._us) if offset._us < 0 else ("+", offset._us)
    text = "%s%02d%s%02d" % (sign, us // 3600000000, colon, us // 60000000 % 60)
    if us % 60000000:
        text += "%s%02d" % (colon, us // 1000000 % 60)
        if us % 1000000:
            text += ".%06d" % (us % 1000000)
    return text


timezone.utc = timezone(timedelta(0))
"""#

    static let dates = #"""
def _month_days(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _valid_day(year, month, day) -> tuple:
    year, month, day = _whole(year), _whole(month), _whole(day)
    if year < MINYEAR or year > MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if month < 1 or month > 12:
        raise ValueError("month must be in 1..12")
    if day < 1 or day > _month_days(year, month):
        raise ValueError("day is out of range for month")
    return (year, month, day)


class date:
    def __init__(self, year: int, month: int, day: int) -> None:
        self._ymd = _valid_day(year, month, day)

    @classmethod
    def fromordinal(cls, ordinal: int) -> "date":
        return cls(*_civil(ordinal - _ORDINAL_1970))

    @classmethod
    def fromtimestamp(cls, seconds) -> "date":
        return cls(*_civil(int(seconds // 86400)))

    @classmethod
    def today(cls) -> "date":
        return cls.fromtimestamp(_wall())

    year = property(lambda self: self._ymd[0])
    month = property(lambda self: self._ymd[1])
    day = property(lambda self: self._ymd[2])

    def _day_count(self) -> int:
        return _day_number(*self._ymd)

    def toordinal(self) -> int:
        return self._day_count() + _ORDINAL_1970

    def weekday(self) -> int:
        return (self._day_count() + 3) % 7

    def isoweekday(self) -> int:
        return self.weekday() + 1

    def _nth_day(self) -> int:
        return self._day_count() - _day_number(self._ymd[0], 1, 1) + 1

    def _broken_down(self) -> tuple:
        return self._ymd + (0, 0, 0, self.weekday(), self._nth_day(), -1)

    def timetuple(self) -> tuple:
        return _struct_time(self._broken_down())

    def isoformat(self) -> str:
        return "%04d-%02d-%02d" % self._ymd

    def __str__(self) -> str:
        return self.isoformat()

    __repr__ = lambda self: "datetime.date(%d, %d, %d)" % self._ymd

    def strftime(self, format: str) -> str:
        return _strftime(format, self._broken_down(), "", "", 0)

    def __format__(self, spec: str) -> str:
        return self.strftime(spec) if spec else str(self)

    def ctime(self) -> str:
        return _strftime("%a %b %e %H:%M:%S %Y", self._broken_down(), "", "", 0)

    def replace(self, year=None, month=None, day=None) -> "date":
        chosen = [old if new is None else new for old, new in zip(self._ymd, (year, month, day))]
        return type(self)(*chosen)

    def __add__(self, other: timedelta) -> "date":
        us = _as_us(other)
        return NotImplemented if us is None else date.fromordinal(self.toordinal() + us // _DAY_US)

    __radd__ = __add__

    def __sub__(self, other: "date | timedelta"):
        us = _as_us(other)
        if us is not None:
            return date.fromordinal(self.toordinal() - us // _DAY_US)
        return timedelta(days=self._day_count() - other._day_count()) if _plain_date(other) else NotImplemented


def _plain_date(value) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


_ordered(date, lambda d: d._ymd, lambda a, b: _plain_date(b))
date.min, date.max, date.resolution = date(1, 1, 1), date(9999, 12, 31), timedelta(days=1)


class time:
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None) -> None:
        self._hmsu = _valid_clock(hour, minute, second, microsecond)
        self._zone = tzinfo

    hour = property(lambda self: self._hmsu[0])
    minute = property(lambda self: self._hmsu[1])
    second = property(lambda self: self._hmsu[2])
    microsecond = property(lambda self: self._hmsu[3])
    tzinfo = property(lambda self: self._zone)

    def isoformat(self, timespec="auto") -> str:
        return _clock_text(self._hmsu, timespec) + _zone_suffix(self._zone, None)

    def __str__(self) -> str:
        return self.isoformat()

    __repr__ = lambda self: "datetime.time(%s)" % _clock_repr(self._hmsu, self._zone)

    def strftime(self, format: str) -> str:
        return _strftime(format, (1900, 1, 1) + self._hmsu[:3] + (0, 1, -1), "", "", self._hmsu[3])


_ordered(time, lambda t: t._hmsu, lambda a, b: isinstance(b, time))


def _valid_clock(hour, minute, second, microsecond) -> tuple:
    limits = (("hour", hour, 23), ("minute", minute, 59), ("second", second, 59), ("microsecond", microsecond, 999999))
    for unit, value, top in limits:
        if not 0 <= _whole(value) <= top:
            raise ValueError("%s must be in 0..%d" % (unit, top))
    return (hour, minute, second, microsecond)


_TIMESPECS = {"hours": (1, "%02d"), "minutes": (2, "%02d:%02d"), "seconds": (3, "%02d:%02d:%02d"),
              "milliseconds": (4, "%02d:%02d:%02d.%03d"), "microseconds": (4, "%02d:%02d:%02d.%06d")}


def _clock_text(hmsu: tuple, timespec: str) -> str:
    if timespec == "auto":
        timespec = "microseconds" if hmsu[3] else "seconds"
    if timespec not in _TIMESPECS:
        raise ValueError("Unknown timespec value")
    count, pattern = _TIMESPECS[timespec]
    shown = hmsu[:3] + (hmsu[3] // 1000 if timespec == "milliseconds" else hmsu[3],)
    return pattern % shown[:count]


def _clock_repr(hmsu: tuple, zone) -> str:
    kept = 4 if hmsu[3] else 3 if hmsu[2] else 2
    text = ", ".join(str(v) for v in hmsu[:kept])
    return text + (", tzinfo=%r" % zone if zone is not None else "")


def _zone_suffix(zone, moment) -> str:
    offset = None if zone is None else zone.utcoffset(moment)
    return "" if offset is None else _offset_text(offset, ":")
"""#

    static let moments = #"""
time.min, time.max, time.resolution = time(0, 0), time(23, 59, 59, 999999), timedelta._of(1)


class datetime(date):
    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None) -> None:
        date.__init__(self, year, month, day)
        self._hmsu = _valid_clock(hour, minute, second, microsecond)
        if not (tzinfo is None or isinstance(tzinfo, _zone_base)):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tzinfo).__name__)
        self._zone = tzinfo

    hour = property(lambda self: self._hmsu[0])
    minute = property(lambda self: self._hmsu[1])
    second = property(lambda self: self._hmsu[2])
    microsecond = property(lambda self: self._hmsu[3])
    tzinfo = property(lambda self: self._zone)

    @classmethod
    def _at(cls, us: int, zone=None) -> "datetime":
        days, rest = divmod(us, _DAY_US)
        return cls(*_civil(days), rest // 3600000000, rest // 60000000 % 60, rest // 1000000 % 60, rest % 1000000, zone)

    def _local_us(self) -> int:
        h, m, s, us = self._hmsu
        return (self._day_count() * 86400 + h * 3600 + m * 60 + s) * 1000000 + us

    def _utc_us(self) -> int:
        shift = self.utcoffset()
        return self._local_us() - (shift._us if shift is not None else 0)

    @classmethod
    def fromtimestamp(cls, t, tz=None) -> "datetime":
        whole = int(t)
        moment = cls._at(whole * 1000000 + round((t - whole) * 1e6))
        return moment if tz is None else cls._at(moment._local_us() + tz.utcoffset(None)._us, tz)

    @classmethod
    def utcfromtimestamp(cls, t) -> "datetime":
        return cls.fromtimestamp(t, None)

    @classmethod
    def now(cls, tz=None) -> "datetime":
        return cls.fromtimestamp(_wall(), tz)

    @classmethod
    def utcnow(cls) -> "datetime":
        return cls.fromtimestamp(_wall())

    @classmethod
    def today(cls) -> "datetime":
        return cls.fromtimestamp(_wall())

    @classmethod
    def combine(cls, day: date, clock: time, tzinfo=True) -> "datetime":
        return cls(*day._ymd, *clock._hmsu, clock.tzinfo if tzinfo is True else tzinfo)

    def date(self) -> date:
        return date(*self._ymd)

    def time(self) -> time:
        return time(*self._hmsu)

    def timetz(self) -> time:
        return time(*self._hmsu, self._zone)

    def utcoffset(self) -> "timedelta | None":
        return self._zone.utcoffset(self) if self._zone is not None else None

    def tzname(self) -> "str | None":
        return self._zone.tzname(self) if self._zone is not None else None

    def timestamp(self) -> float:
        return self._utc_us() / 10**6

    def astimezone(self, tz=None) -> "datetime":
        zone = timezone.utc if tz is None else tz
        return datetime._at(self._utc_us() + zone.utcoffset(None)._us, zone)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True) -> "datetime":
        wanted = (year, month, day, hour, minute, second, microsecond)
        chosen = [old if new is None else new for old, new in zip(self._ymd + self._hmsu, wanted)]
        return type(self)(*chosen, self._zone if tzinfo is True else tzinfo)

    def _broken_down(self) -> tuple:
        return self._ymd + self._hmsu[:3] + (self.weekday(), self._nth_day(), -1)

    def isoformat(self, sep="T", timespec="auto") -> str:
        return "%04d-%02d-%02d" % self._ymd + sep + _clock_text(self._hmsu, timespec) + _zone_suffix(self._zone, self)

    def __str__(self) -> str:
        return self.isoformat(" ")

    __repr__ = lambda self: "datetime.datetime(%d, %d, %d, %s)" % (self._ymd + (_clock_repr(self._hmsu, self._zone),))

    def strftime(self, format: str) -> str:
        shift = self.utcoffset()
        numeric = "" if shift is None else _offset_text(shift, "")
        return _strftime(format, self._broken_down(), self.tzname() or "", numeric, self._hmsu[3])

    def __add__(self, other: timedelta) -> "datetime":
        us = _as_us(other)
        return NotImplemented if us is None else datetime._at(self._local_us() + us, self._zone)

    __radd__ = __add__

    def __sub__(self, other: "datetime | timedelta"):
        us = _as_us(other)
        if us is not None or not isinstance(other, datetime):
            return NotImplemented if us is None else datetime._at(self._local_us() - us, self._zone)
        if _naive_and_aware(self, other):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return timedelta._of(self._utc_us() - other._utc_us())


def _naive_and_aware(a: datetime, b: datetime) -> bool:
    return (a.utcoffset() is None) != (b.utcoffset() is None)


_ordered(datetime, lambda d: d._utc_us(), lambda a, b: isinstance(b, datetime), _naive_and_aware)
_zone_base = tzinfo
datetime.min, datetime.max = datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta._of(1)
UTC = timezone.utc
"""#
}
