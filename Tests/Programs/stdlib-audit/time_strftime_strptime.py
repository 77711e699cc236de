"""Clocks on the virtual clock: every strftime directive of time and datetime, strptime in both modules (every
directive, 12-hour clocks, week numbers, offsets, mismatches), fromisoformat in every 3.11 form, ISO calendars."""
import time
import datetime
from datetime import datetime as dt_class, date, time as dtime
t = time.gmtime(1767225600 + 86400 * 40 + 3600 * 13 + 61.5)
for d in "aAbBcdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%":
    print(d, repr(time.strftime("%" + d, t)))
print(time.strftime("%Y-%m-%dT%H:%M:%S"), time.ctime(), time.asctime())
print(time.localtime(), time.gmtime(0))
print(time.mktime(time.localtime()), time.timezone, time.altzone, time.daylight, time.tzname)
dt = datetime.datetime(2026, 3, 8, 14, 5, 9, 123456)
for d in "aAbBcdDeFgGhHIjmMnprRStTuUVwWxXyYzZf%":
    print(d, repr(dt.strftime("%" + d)))
tz = datetime.datetime(2026, 3, 8, 14, 5, 9, tzinfo=datetime.timezone(datetime.timedelta(hours=-5, minutes=-30), "EST"))
print(tz.strftime("%z %Z %c"), tz.isoformat(), tz.utcoffset(), tz.tzname(), tz.astimezone(datetime.timezone.utc))
print(time.strptime("2026-02-03 04:05:06", "%Y-%m-%d %H:%M:%S"))
print(datetime.datetime.strptime("03/02/26 4:05PM", "%d/%m/%y %I:%M%p"))
print(datetime.datetime.strptime("2026-02-03T04:05:06.250+0130", "%Y-%m-%dT%H:%M:%S.%f%z"))
print(datetime.date(2026, 1, 1).strftime("%A %d %B %Y, week %U/%W/%V"))
cases = [("2026-02-03 04:05:06", "%Y-%m-%d %H:%M:%S"), ("3 Feb 2026", "%d %b %Y"), ("Tuesday, February 03, 26", "%A, %B %d, %y"),
         ("12:30 am", "%I:%M %p"), ("12:30 PM", "%I:%M %p"), ("2026-034", "%Y-%j"), ("2026 05 1", "%Y %W %w"), ("2026 05 1", "%Y %U %w"),
         ("2026 00 3", "%Y %W %w"), ("20260203T040506.5Z", "%Y%m%dT%H%M%S.%f%z"), ("10/11/12", "%x"), ("Tue Feb  3 04:05:06 2026", "%c"),
         ("1:2:3", "%H:%M:%S"), ("2026-02-03 +05:30", "%Y-%m-%d %z"), ("2026-02-03 -0800", "%Y-%m-%d %z"), ("  7", "%d"), ("UTC 2026", "%Z %Y"),
         ("2026-13-01", "%Y-%m-%d"), ("2026-02-03 extra", "%Y-%m-%d"), ("x", "%q"), ("5", "%"), ("100%", "%d%%"),
         ("2026-2-3", "%Y-%m-%d"), ("Feb", "%B"), ("february", "%b"), ("1999", "%y")]
for text, fmt in cases:
    try:
        print(repr(text), fmt, "->", dt_class.strptime(text, fmt))
    except ValueError as e:
        print(repr(text), fmt, "ValueError", e)
print(time.strptime("30 Nov 00", "%d %b %y"), time.strptime("Thu Jan  1 10:00:00 2026"))
print(dt_class.strptime("2026-02-03T04:05:06+0000", "%Y-%m-%dT%H:%M:%S%z").tzinfo)
print(date(2026, 1, 1).isocalendar(), date(2024, 12, 30).isocalendar(), date(2027, 1, 3).isocalendar(), date.fromisocalendar(2026, 53, 7) if False else date.fromisocalendar(2020, 53, 7))
for s in ['2026-05-06T07:08:09.123+02:00','20260506T070809Z','2026-05-06 07','2026-05-06T07:08:09.1234567','2026-05-06T07:08:09,5','2026-W10-3','2026W103','2026-05-06T0708','2026-05-06T07:08:09-0530','2026-05-06T07:08:09+05:30:15.5','2026-05-06x07:08', '2026-05-06T07:08+00:00', '2026-5-6', '2026-W10']:
    try: print(s, '->', repr(dt_class.fromisoformat(s)))
    except ValueError as e: print(s, 'ValueError', e)
for s in ['07:08:09', '070809', '07', '07:08:09.5Z', 'T07:08', '07:08:09+01:00']:
    print(s, '->', repr(dtime.fromisoformat(s)))
for s in ['20260506', '2026-W01-1', '2026-W01']:
    print(s, '->', repr(date.fromisoformat(s)))
