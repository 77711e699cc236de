/// The Python half of `datetime`, written for asyncviz: every value is kept as
/// whole microseconds (a `timedelta`'s length, a `datetime`'s distance from
/// 0001-01-01, a `date`'s day number) and shown through the natives that turn
/// day numbers into calendar dates and format them (`_civil`, `_day_number`,
/// `_strftime`). `now`/`today` read the wall clock (`_wall`: the fixed epoch plus
/// virtual seconds); the local time zone is UTC.
enum DatetimeLibrarySource {
    static let text = delta + "\n\n" + zones + "\n\n" + dates + "\n\n" + moments

    static let delta = #"""
MINYEAR, MAXYEAR = 1, 9999
_US_PER_DAY = 86400 * 1000000
_UNITS = (("weeks", 7 * _US_PER_DAY), ("days", _US_PER_DAY), ("hours", 3600 * 1000000),
          ("minutes", 60 * 1000000), ("seconds", 1000000), ("milliseconds", 1000), ("microseconds", 1))


def _plural(n, word):
    return "%d %s" % (n, word if abs(n) == 1 else word + "s")


class timedelta:
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        given = {"weeks": weeks, "days": days, "hours": hours, "minutes": minutes, "seconds": seconds,
                 "milliseconds": milliseconds, "microseconds": microseconds}
        whole = 0
        fraction = 0.0
        for name, size in _UNITS:
            amount = given[name]
            if isinstance(amount, float):
                fraction += amount * size
            elif isinstance(amount, int):
                whole += amount * size
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (name, type(amount).__name__))
        self._us = whole + round(fraction)
        if abs(self._us // _US_PER_DAY) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % (self._us // _US_PER_DAY))

    @classmethod
    def _of(cls, us):
        made = cls.__new__(cls)
        made._us = us
        return made

    @property
    def days(self):
        return self._us // _US_PER_DAY

    @property
    def seconds(self):
        return self._us % _US_PER_DAY // 1000000

    @property
    def microseconds(self):
        return self._us % 1000000

    def total_seconds(self):
        return self._us / 1000000

    def __repr__(self):
        parts = ["%s=%d" % (name, value) for name, value in
                 (("days", self.days), ("seconds", self.seconds), ("microseconds", self.microseconds)) if value]
        return "datetime.timedelta(%s)" % (", ".join(parts) or "0")

    def __str__(self):
        rest = self._us % _US_PER_DAY
        text = "%d:%02d:%02d" % (rest // 3600000000, rest // 60000000 % 60, rest // 1000000 % 60)
        if rest % 1000000:
            text += ".%06d" % (rest % 1000000)
        if self.days:
            text = _plural(self.days, "day") + ", " + text
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._of(self._us + other._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._of(self._us - other._us)
        return NotImplemented

    def __neg__(self):
        return timedelta._of(-self._us)

    def __pos__(self):
        return self

    def __abs__(self):
        return timedelta._of(abs(self._us))

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._of(self._us * other)
        if isinstance(other, float):
            return timedelta._of(round(self._us * other))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / other._us
        if isinstance(other, (int, float)):
            return timedelta._of(round(self._us / other))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us // other._us
        if isinstance(other, int):
            return timedelta._of(self._us // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._of(self._us % other._us)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            return self._us // other._us, timedelta._of(self._us % other._us)
        return NotImplemented

    def __eq__(self, other):
        return isinstance(other, timedelta) and self._us == other._us

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return self._us < _same(self, other, timedelta)._us

    def __le__(self, other):
        return self._us <= _same(self, other, timedelta)._us

    def __gt__(self, other):
        return self._us > _same(self, other, timedelta)._us

    def __ge__(self, other):
        return self._us >= _same(self, other, timedelta)._us

    def __hash__(self):
        return hash(self._us)

    def __bool__(self):
        return self._us != 0


def _same(a, b, kind):
    if not isinstance(b, kind):
        raise TypeError("'<' not supported between instances of '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    return b


timedelta.min = timedelta._of(-999999999 * _US_PER_DAY)
timedelta.max = timedelta._of(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = timedelta._of(1)
"""#

    static let zones = #"""
class tzinfo:
    pass


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not " + type(offset).__name__)
        if not -_US_PER_DAY < offset._us < _US_PER_DAY:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % offset)
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _offset_text(self._offset, ":")

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % self._offset
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)


def _offset_text(offset, colon):
    us = offset._us
    sign = "-" if us < 0 else "+"
    us = abs(us)
    text = "%s%02d%s%02d" % (sign, us // 3600000000, colon, us // 60000000 % 60)
    if us % 60000000:
        text += "%s%02d" % (colon, us // 1000000 % 60)
        if us % 1000000:
            text += ".%06d" % (us % 1000000)
    return text


timezone.utc = timezone(timedelta(0))
"""#

    static let dates = #"""
def _check_date(year, month, day):
    for name, value in (("year", year), ("month", month), ("day", day)):
        if not isinstance(value, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_length(year, month):
        raise ValueError("day is out of range for month")


def _month_length(year, month):
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


_ORDINAL_1970 = 719163


class date:
    def __init__(self, year, month, day):
        _check_date(year, month, day)
        self._year, self._month, self._day = year, month, day

    @classmethod
    def fromordinal(cls, n):
        return cls(*_civil(n - _ORDINAL_1970))

    @classmethod
    def fromtimestamp(cls, t):
        return cls(*_civil(int(t // 86400)))

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_wall())

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        parts = text.split("-")
        if len(text) != 10 or len(parts) != 3 or not all(p.isdigit() for p in parts):
            raise ValueError("Invalid isoformat string: %r" % text)
        return cls(int(parts[0]), int(parts[1]), int(parts[2]))

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def toordinal(self):
        return _day_number(self._year, self._month, self._day) + _ORDINAL_1970

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def timetuple(self):
        return _struct_time(self._fields() + (0, 0, 0, self.weekday(), self._year_day(), -1))

    def _fields(self):
        return (self._year, self._month, self._day)

    def _year_day(self):
        return self.toordinal() - date(self._year, 1, 1).toordinal() + 1

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return "datetime.date(%d, %d, %d)" % (self._year, self._month, self._day)

    def strftime(self, format):
        return _strftime(format, self.timetuple(), "", "", 0)

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def ctime(self):
        return _strftime("%a %b %e %H:%M:%S %Y", self.timetuple(), "", "", 0)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return date.fromordinal(self.toordinal() + other.days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return date.fromordinal(self.toordinal() - other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(days=self.toordinal() - other.toordinal())
        return NotImplemented

    def _key(self, other):
        if isinstance(other, datetime) or not isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (type(self).__name__, type(other).__name__))
        return other._fields()

    def __eq__(self, other):
        if isinstance(other, datetime) or not isinstance(other, date):
            return False
        return self._fields() == other._fields()

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return self._fields() < self._key(other)

    def __le__(self, other):
        return self._fields() <= self._key(other)

    def __gt__(self, other):
        return self._fields() > self._key(other)

    def __ge__(self, other):
        return self._fields() >= self._key(other)

    def __hash__(self):
        return hash(self._fields())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time:
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_clock(hour, minute, second, microsecond)
        self._clock = (hour, minute, second, microsecond)
        self._tzinfo = tzinfo

    hour = property(lambda self: self._clock[0])
    minute = property(lambda self: self._clock[1])
    second = property(lambda self: self._clock[2])
    microsecond = property(lambda self: self._clock[3])
    tzinfo = property(lambda self: self._tzinfo)

    def isoformat(self, timespec="auto"):
        return _clock_text(self._clock, timespec) + _zone_suffix(self._tzinfo, None)

    __str__ = isoformat

    def __repr__(self):
        return "datetime.time(%s)" % _clock_repr(self._clock, self._tzinfo)

    def strftime(self, format):
        return _strftime(format, (1900, 1, 1) + self._clock[:3] + (0, 1, -1), "", "", self._clock[3])

    def __eq__(self, other):
        return isinstance(other, time) and self._clock == other._clock

    def __lt__(self, other):
        return self._clock < _same(self, other, time)._clock

    def __hash__(self):
        return hash(self._clock)


def _check_clock(hour, minute, second, microsecond):
    for name, value, top in (("hour", hour, 23), ("minute", minute, 59), ("second", second, 59),
                             ("microsecond", microsecond, 999999)):
        if not isinstance(value, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
        if not 0 <= value <= top:
            raise ValueError("%s must be in 0..%d" % (name, top))


_TIMESPECS = {"hours": "%02d", "minutes": "%02d:%02d", "seconds": "%02d:%02d:%02d",
              "milliseconds": "%02d:%02d:%02d.%03d", "microseconds": "%02d:%02d:%02d.%06d"}


def _clock_text(clock, timespec):
    if timespec == "auto":
        timespec = "microseconds" if clock[3] else "seconds"
    if timespec not in _TIMESPECS:
        raise ValueError("Unknown timespec value")
    pattern = _TIMESPECS[timespec]
    values = clock[:3] + (clock[3] // 1000 if timespec == "milliseconds" else clock[3],)
    return pattern % values[:pattern.count("%")]


def _clock_repr(clock, tz):
    shown = 4 if clock[3] else 3 if clock[2] else 2
    text = ", ".join(str(v) for v in clock[:shown])
    if tz is not None:
        text += ", tzinfo=%r" % tz
    return text


def _zone_suffix(tz, dt):
    offset = None if tz is None else tz.utcoffset(dt)
    return "" if offset is None else _offset_text(offset, ":")
"""#

    static let moments = #"""
class datetime(date):
    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        date.__init__(self, year, month, day)
        _check_clock(hour, minute, second, microsecond)
        if tzinfo is not None and not isinstance(tzinfo, tzinfo_type):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tzinfo).__name__)
        self._clock = (hour, minute, second, microsecond)
        self._tzinfo = tzinfo

    hour = property(lambda self: self._clock[0])
    minute = property(lambda self: self._clock[1])
    second = property(lambda self: self._clock[2])
    microsecond = property(lambda self: self._clock[3])
    tzinfo = property(lambda self: self._tzinfo)

    @classmethod
    def _from_us(cls, us, tz=None):
        days, rest = divmod(us, _US_PER_DAY)
        year, month, day = _civil(days)
        return cls(year, month, day, rest // 3600000000, rest // 60000000 % 60, rest // 1000000 % 60,
                   rest % 1000000, tz)

    def _us(self):
        """Microseconds since 1970-01-01 00:00 of the fields, ignoring the time zone."""
        h, m, s, us = self._clock
        return (_day_number(self._year, self._month, self._day) * 86400 + h * 3600 + m * 60 + s) * 1000000 + us

    def _utc_us(self):
        offset = self.utcoffset()
        return self._us() - (0 if offset is None else offset._us)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        whole = float(int(t))
        us = round((t - whole) * 1e6)
        made = cls._from_us(int(whole) * 1000000 + us)
        if tz is None:
            return made
        return cls._from_us(made._us() + tz.utcoffset(None)._us, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_wall(), tz)

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(_wall())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_wall())

    @classmethod
    def combine(cls, day, clock, tzinfo=True):
        if tzinfo is True:
            tzinfo = clock.tzinfo
        return cls(day.year, day.month, day.day, *clock._clock, tzinfo)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        day = date.fromisoformat(text[:10])
        rest = text[11:]
        fields = [0, 0, 0, 0]
        if rest:
            clock, _, fraction = rest.partition(".")
            parts = clock.split(":")
            if not all(len(p) == 2 and p.isdigit() for p in parts) or len(parts) > 3:
                raise ValueError("Invalid isoformat string: %r" % text)
            fields[:len(parts)] = [int(p) for p in parts]
            if fraction:
                fields[3] = int((fraction + "000000")[:6])
        return cls(day.year, day.month, day.day, *fields)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(*self._clock)

    def timetz(self):
        return time(*self._clock, self._tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def timestamp(self):
        return self._utc_us() / 1000000

    def astimezone(self, tz=None):
        target = timezone.utc if tz is None else tz
        return datetime._from_us(self._utc_us() + target.utcoffset(None)._us, target)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True):
        given = (year, month, day, hour, minute, second, microsecond)
        now = self._fields() + self._clock
        values = [n if g is None else g for g, n in zip(given, now)]
        return type(self)(*values, self._tzinfo if tzinfo is True else tzinfo)

    def timetuple(self):
        return _struct_time(self._fields() + self._clock[:3] + (self.weekday(), self._year_day(), -1))

    def isoformat(self, sep="T", timespec="auto"):
        return date.isoformat(self) + sep + _clock_text(self._clock, timespec) + _zone_suffix(self._tzinfo, self)

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        return "datetime.datetime(%d, %d, %d, %s)" % (self._year, self._month, self._day,
                                                     _clock_repr(self._clock, self._tzinfo))

    def strftime(self, format):
        offset = self.utcoffset()
        zone = "" if offset is None else _offset_text(offset, "")
        return _strftime(format, self.timetuple(), self.tzname() or "", zone, self._clock[3])

    def ctime(self):
        return _strftime("%a %b %e %H:%M:%S %Y", self.timetuple(), "", "", 0)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return datetime._from_us(self._us() + other._us, self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return datetime._from_us(self._us() - other._us, self._tzinfo)
        if isinstance(other, datetime):
            if (self.utcoffset() is None) != (other.utcoffset() is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta._of(self._utc_us() - other._utc_us())
        return NotImplemented

    def _key(self, other):
        if not isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (type(self).__name__, type(other).__name__))
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return other._utc_us()

    def __eq__(self, other):
        if not isinstance(other, datetime) or (self.utcoffset() is None) != (other.utcoffset() is None):
            return False
        return self._utc_us() == other._utc_us()

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return self._utc_us() < self._key(other)

    def __le__(self, other):
        return self._utc_us() <= self._key(other)

    def __gt__(self, other):
        return self._utc_us() > self._key(other)

    def __ge__(self, other):
        return self._utc_us() >= self._key(other)

    def __hash__(self):
        return hash(self._utc_us())


tzinfo_type = tzinfo
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
UTC = timezone.utc
"""#
}
