"""Dates, times and timedeltas as scheduling code uses them: now/today on the virtual clock, arithmetic, reprs,
isoformat and fromisoformat, time zones, ordinals and week days."""
import datetime as dt
from datetime import date, datetime, time, timedelta, timezone
print(datetime.now(), datetime.utcnow(), date.today(), datetime.today())
print(datetime.now(timezone.utc), datetime.fromtimestamp(0), datetime.utcfromtimestamp(86400))
a = datetime(2024, 2, 28, 23, 30)
b = a + timedelta(hours=1, minutes=45)
print(b, b - a, a - b, (b - a).total_seconds(), repr(b - a), repr(a - b))
print(timedelta(days=-1, seconds=5), timedelta(weeks=1, milliseconds=1), timedelta(microseconds=-1), str(timedelta(days=400, hours=25)))
print(timedelta(hours=1) / timedelta(minutes=7), timedelta(hours=1) // timedelta(minutes=7), timedelta(hours=1) % timedelta(minutes=7), timedelta(hours=1) * 1.5, divmod(timedelta(hours=1), timedelta(minutes=7)))
print(repr(a), repr(date(2024, 1, 1)), repr(time(1, 2, 3, 4)), repr(timezone.utc), repr(timezone(timedelta(hours=2))))
print(a.isoformat(), a.isoformat(sep=" "), a.isoformat(timespec="minutes"), b.date().isoformat(), time(1, 2, 3, 400).isoformat())
print(datetime.fromisoformat("2026-05-06T07:08:09.123+02:00"), date.fromisoformat("2026-05-06"), time.fromisoformat("07:08:09"))
print(datetime.fromisoformat("2026-05-06 07:08"), datetime.fromisoformat("20260506T070809Z"))
print(a.weekday(), a.isoweekday(), a.isocalendar(), a.timetuple(), a.toordinal(), date.fromordinal(738000))
print(a.replace(year=2025, day=1), a.timestamp(), datetime.combine(date(2020, 1, 1), time(5)), a.ctime())
print(date(2026, 12, 31) - date(2026, 1, 1), date(2026, 1, 31) + timedelta(days=1), date.max, date.min, datetime.max, timedelta.max, timedelta.resolution)
print(sorted([date(2026, 1, 2), date(2025, 5, 5)]), a < b, a == a.replace(), hash(a) == hash(a.replace()))
print(f"{a:%Y/%m/%d}", format(a.date(), "%d.%m"), "{:%H:%M}".format(a), str(a.time()), a.strftime("%j"))
print(dt.MINYEAR, dt.MAXYEAR, dt.UTC if hasattr(dt, "UTC") else None)
print(datetime(2026, 1, 1, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=9))), datetime(2026,1,1).astimezone())
print(timedelta(seconds=3661).seconds, timedelta(days=2).days, abs(timedelta(days=-2)), -timedelta(hours=3), timedelta(0) == timedelta())
