/// The Python source of `datetime`'s ISO 8601 side: `isocalendar`/`fromisocalendar` and `fromisoformat` for
/// `date`, `time` and `datetime`, reading every form CPython 3.11 reads (basic and extended dates, week dates,
/// times to any precision with `.` or `,`, offsets `Z`, `±HH[:MM[:SS[.ffffff]]]`).
enum DatetimeIsoSource {
    static let text = #"""
class IsoCalendarDate(tuple):
    """The ISO year, week and weekday of a date."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self) -> 'str':
        return 'IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)


def _week_one(year) -> int:
    """The day number of the Monday of ISO week 1 of `year`."""
    january_4 = _day_number(year, 1, 4)
    return january_4 - (january_4 + 3) % 7


def _isocalendar(self) -> IsoCalendarDate:
    year = self._ymd[0]
    today = self._day_count()
    if today >= _week_one(year + 1):
        year += 1
    elif today < _week_one(year):
        year -= 1
    week, weekday = divmod(today - _week_one(year), 7)
    return IsoCalendarDate(year, week + 1, weekday + 1)


def _fromisocalendar(cls, year, week, day):
    if year < MINYEAR or year > MAXYEAR:
        raise ValueError(f'Year is out of range: {year}')
    last_week = 53 if (_week_one(year + 1) - _week_one(year)) // 7 == 53 else 52
    if not 0 < week <= last_week:
        raise ValueError(f'Invalid week: {week}')
    if day < 1 or day > 7:
        raise ValueError(f'Invalid weekday: {day} (range is [1, 7])')
    return cls(*_civil(_week_one(year) + (week - 1) * 7 + day - 1))


def _digits(text, *widths):
    """`text` cut into numbers of the given widths, or None when it is not exactly those digits."""
    if len(text) != sum(widths) or not text.isdigit() or not text.isascii():
        return None
    out, at = [], 0
    for width in widths:
        out.append(int(text[at:at + width]))
        at += width
    return out


def _iso_date(text, whole):
    parts = None
    if text[4:5] in ('W', 'w') or text[4:6] in ('-W', '-w'):
        days = text[6:] if text[4] == '-' else text[5:]
        if text[4] == '-' and len(days) == 4 and days[2] == '-':
            days = days[:2] + days[3]
        elif text[4] == '-' and len(days) != 2:
            days = ''
        found = _digits(text[:4] + days, 4, 2, 1) or _digits(text[:4] + days, 4, 2)
        if found is not None:
            return _fromisocalendar(date, *(found + [1])[:3])._ymd
    elif len(text) == 8:
        parts = _digits(text, 4, 2, 2)
    elif len(text) == 10 and text[4] == text[7] == '-':
        parts = _digits(text[:4] + text[5:7] + text[8:], 4, 2, 2)
    if parts is None:
        raise ValueError(f'Invalid isoformat string: {whole!r}')
    return parts[0], parts[1], parts[2]


def _date_length(text):
    if text[4:5] == '-':
        return (10 if text[8:9] == '-' else 8) if text[5:6] in ('W', 'w') else 10
    if text[4:5] in ('W', 'w'):
        return 8 if text[7:8].isdigit() else 7
    return 8


def _iso_offset(text, whole):
    if text in ('Z', 'z'):
        return timezone.utc
    sign = -1 if text[0] == '-' else 1
    clock = _iso_clock(text[1:], whole, False)
    shift = timedelta(hours=clock[0], minutes=clock[1], seconds=clock[2], microseconds=clock[3])
    return timezone.utc if not shift else timezone(shift * sign)


def _iso_clock(text, whole, zoned=True):
    """(hour, minute, second, microsecond, zone) of an ISO time of day."""
    zone = None
    if zoned:
        cut = max(text.find('+'), text.find('-'), text.find('Z'), text.find('z'))
        if cut >= 0:
            text, zone = text[:cut], _iso_offset(text[cut:], whole)
    base, mark, fraction = text.replace(',', '.').partition('.')
    base = base.replace(':', '') if ':' in base else base
    parts = _digits(base, *(2,) * (len(base) // 2)) if len(base) in (2, 4, 6) else None
    if parts is None or (mark and (len(parts) < 3 or not fraction.isdigit())):
        raise ValueError(f'Invalid isoformat string: {whole!r}')
    micro = int((fraction + '000000')[:6]) if mark else 0
    return (parts + [0, 0])[:3] + [micro, zone]


def _date_fromisoformat(cls, text):
    if not isinstance(text, str):
        raise TypeError('fromisoformat: argument must be str')
    return cls(*_iso_date(text, text))


def _time_fromisoformat(cls, text):
    if not isinstance(text, str):
        raise TypeError('fromisoformat: argument must be str')
    return cls(*_iso_clock(text[1:] if text[:1] in ('T', 't') else text, text))


def _datetime_fromisoformat(cls, text):
    if not isinstance(text, str):
        raise TypeError('fromisoformat: argument must be str')
    split = _date_length(text)
    day = _iso_date(text[:split], text)
    clock = _iso_clock(text[split + 1:], text) if split < len(text) else [0, 0, 0, 0, None]
    return cls(*day, *clock)


date.isocalendar = _isocalendar
date.fromisocalendar = classmethod(_fromisocalendar)
date.fromisoformat = classmethod(_date_fromisoformat)
time.fromisoformat = classmethod(_time_fromisoformat)
datetime.fromisoformat = classmethod(_datetime_fromisoformat)
"""#
}
