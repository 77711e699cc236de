/// The Python source of `strptime` (`datetime.strptime`, and `time.strptime` through `_time_strptime`): the
/// format read directive by directive against the text, case-insensitively, in the C locale and the UTC zone,
/// with CPython 3.11's defaults (1900-01-01 00:00), 12-hour clocks, day-of-year and week numbers, `%z`
/// offsets, and its messages for text that does not match.
enum DatetimeStrptimeSource {
    static let text = #"""
_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
           'november', 'december']
_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_NUMBER_FIELDS = {'d': ('day', 2, 1, 31), 'm': ('month', 2, 1, 12), 'H': ('hour', 2, 0, 23),
                  'I': ('hour12', 2, 1, 12), 'M': ('minute', 2, 0, 59), 'S': ('second', 2, 0, 61),
                  'j': ('julian', 3, 1, 366), 'U': ('week_sunday', 2, 0, 53), 'W': ('week_monday', 2, 0, 53),
                  'w': ('weekday_sunday', 1, 0, 6), 'u': ('weekday_iso', 1, 1, 7)}
_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S', 'D': '%m/%d/%y', 'T': '%H:%M:%S',
               'R': '%H:%M', 'F': '%Y-%m-%d', 'r': '%I:%M:%S %p'}


class _NoMatch(Exception):
    pass


def _number(text, at, width, low, high, exact=False):
    """The longest run of up to `width` digits at `at` whose value lies in low..high."""
    run = 0
    while run < width and at + run < len(text) and text[at + run] in '0123456789':
        run += 1
    for size in ([width] if exact else range(run, 0, -1)):
        if size <= run and low <= int(text[at:at + size]) <= high:
            return int(text[at:at + size]), at + size
    raise _NoMatch


def _word(text, at, words):
    """The index of the one of `words` at `at`."""
    lowered = text[at:].lower()
    for index, word in enumerate(words):
        if lowered.startswith(word):
            return index, at + len(word)
    raise _NoMatch


def _offset(text, at):
    if text[at:at + 1] == 'Z':
        return timedelta(0), at + 1
    if text[at:at + 1] not in ('+', '-'):
        raise _NoMatch
    hours, end = _number(text, at + 1, 2, 0, 99, True)
    colon = text[end:end + 1] == ':'
    minutes, end = _number(text, end + colon, 2, 0, 59, True)
    seconds = micro = 0
    if (text[end:end + 1] == ':') == colon and text[end + colon:end + colon + 2].isdigit():
        seconds, end = _number(text, end + colon, 2, 0, 59, True)
        if text[end:end + 1] == '.':
            digits = len(text[end + 1:]) - len(text[end + 1:].lstrip('0123456789'))
            micro, end = int(text[end + 1:end + 1 + min(digits, 6)].ljust(6, '0')), end + 1 + min(digits, 6)
    shift = timedelta(hours=hours, minutes=minutes, seconds=seconds, microseconds=micro)
    return (-shift if text[at] == '-' else shift), end


def _read(text, format, found):
    """Match `format` against `text`, filling `found`; the index where the text's match ends."""
    at, i = 0, 0
    while i < len(format):
        c = format[i]
        if c != '%':
            if c.isspace():
                if at >= len(text) or not text[at].isspace():
                    raise _NoMatch
                while at < len(text) and text[at].isspace():
                    at += 1
            elif text[at:at + 1].lower() != c.lower():
                raise _NoMatch
            else:
                at += 1
            i += 1
            continue
        directive = format[i + 1:i + 2]
        i += 2
        if directive in _EXPANSIONS:
            at += _read(text[at:], _EXPANSIONS[directive], found)
        elif directive in _NUMBER_FIELDS:
            name, width, low, high = _NUMBER_FIELDS[directive]
            if directive == 'd' and text[at:at + 1] == ' ':
                at += 1
            found[name], at = _number(text, at, width, low, high, directive == 'G')
        elif directive == 'Y':
            found['year'], at = _number(text, at, 4, 0, 9999, True)
        elif directive == 'y':
            short, at = _number(text, at, 2, 0, 99, True)
            found['year'] = short + (2000 if short < 69 else 1900)
        elif directive == 'f':
            digits = len(text[at:]) - len(text[at:].lstrip('0123456789'))
            if not digits:
                raise _NoMatch
            found['micro'] = int(text[at:at + min(digits, 6)].ljust(6, '0'))
            at += min(digits, 6)
        elif directive in ('b', 'B', 'h'):
            found['month'], at = _word(text, at, _MONTHS if directive == 'B' else [m[:3] for m in _MONTHS])
            found['month'] += 1
        elif directive in ('a', 'A'):
            found['weekday'], at = _word(text, at, _WEEKDAYS if directive == 'A' else [d[:3] for d in _WEEKDAYS])
        elif directive == 'p':
            found['pm'], at = _word(text, at, ['am', 'pm'])
        elif directive == 'z':
            found['offset'], at = _offset(text, at)
        elif directive == 'Z':
            _, at = _word(text, at, ['utc', 'gmt'])
        elif directive == '%':
            if text[at:at + 1] != '%':
                raise _NoMatch
            at += 1
        elif directive == '':
            raise ValueError(f"stray % in format '{format}'")
        else:
            raise ValueError(f"'{directive}' is a bad directive in format '%{directive}'")
    return at


def _strptime(text, format):
    """(year, month, day, hour, minute, second, microsecond, offset, weekday, day of year) read from text."""
    for value, what in ((text, 'argument 1'), (format, 'argument 2')):
        if not isinstance(value, str):
            raise TypeError(f'strptime() {what} must be str, not {type(value).__name__}')
    found = {}
    try:
        end = _read(text, format, found)
    except _NoMatch:
        raise ValueError(f'time data {text!r} does not match format {format!r}') from None
    if end != len(text):
        raise ValueError(f'unconverted data remains: {text[end:]}')
    year = found.get('year', 1900)
    month, day = found.get('month', 1), found.get('day', 1)
    hour = found.get('hour', 0)
    if 'hour12' in found:
        hour = found['hour12'] % 12 + (12 if found.get('pm') == 1 else 0)
    if 'weekday_sunday' in found:
        found['weekday'] = (found['weekday_sunday'] + 6) % 7
    if 'weekday_iso' in found:
        found['weekday'] = found['weekday_iso'] - 1
    start = date(year, 1, 1).toordinal()
    if 'julian' in found and 'month' not in found and 'day' not in found:
        moment = date.fromordinal(start + found['julian'] - 1)
        month, day = moment.month, moment.day
    elif 'weekday' in found and ('week_monday' in found or 'week_sunday' in found):
        sunday_first = 'week_monday' not in found
        first = (date(year, 1, 1).weekday() + sunday_first) % 7
        weekday = (found['weekday'] + sunday_first) % 7
        week = found['week_sunday' if sunday_first else 'week_monday']
        offset = weekday - first if week == 0 else (7 - first) % 7 + 7 * (week - 1) + weekday
        moment = date.fromordinal(start + offset)
        year, month, day = moment.year, moment.month, moment.day
    moment = date(year, month, day)
    return (year, month, day, hour, found.get('minute', 0), found.get('second', 0), found.get('micro', 0),
            found.get('offset'), moment.weekday(), moment.timetuple()[7])


def _datetime_strptime(cls, date_string, format):
    year, month, day, hour, minute, second, micro, offset, _, _ = _strptime(date_string, format)
    zone = None if offset is None else (timezone.utc if not offset else timezone(offset))
    return cls(year, month, day, hour, minute, second, micro, zone)


def _time_strptime(text, format='%a %b %d %H:%M:%S %Y'):
    year, month, day, hour, minute, second, _, _, weekday, yday = _strptime(text, format)
    return _struct_time((year, month, day, hour, minute, second, weekday, yday, -1))


datetime.strptime = classmethod(_datetime_strptime)
"""#
}
