# datetime on the virtual clock: now(), deadlines, durations, formatting, UTC.
import asyncio
from datetime import date, datetime, time, timedelta, timezone

started = datetime.now()
print("started", started, repr(started), started.isoformat())
print("today", date.today(), repr(date.today()), datetime.utcnow() == started)
deadline = started + timedelta(seconds=2.5)
print("deadline", deadline.strftime("%H:%M:%S.%f"), deadline - started, repr(deadline - started))


async def job(name, seconds):
    begun = datetime.now()
    await asyncio.sleep(seconds)
    finished = datetime.now()
    late = "late" if finished > deadline else "on time"
    print(f"{name}: {begun:%H:%M:%S.%f} -> {finished.time()} took {finished - begun} ({late})")
    return finished - begun


async def main():
    took = await asyncio.gather(job("a", 1.25), job("b", 3), job("c", 0.001))
    total = sum(took, timedelta())
    print("total", total, total.total_seconds(), max(took), min(took) * 3, total / 2, total // timedelta(seconds=1))


asyncio.run(main())
elapsed = datetime.now() - started
print("elapsed", elapsed, elapsed.seconds, elapsed.microseconds, elapsed > timedelta(seconds=2))
week = timedelta(weeks=1, days=2, hours=-3)
print(week, repr(week), -week, abs(-week), week.days, week.seconds)
print(repr(timedelta(0)), timedelta(milliseconds=1500), timedelta(days=-1, seconds=1))
print(timedelta(minutes=90) % timedelta(hours=1), divmod(timedelta(minutes=90), timedelta(minutes=40)))
moment = datetime(2026, 2, 28, 23, 59, 59, 999999)
print(moment + timedelta(microseconds=1), date(2024, 2, 28) + timedelta(days=1), date(2026, 3, 1) - date(2025, 3, 1))
print(moment.date(), moment.time(), moment.weekday(), moment.isoweekday(), moment.timetuple().tm_yday)
aware = datetime.now(timezone.utc)
print(aware, repr(aware), aware.tzinfo, aware.utcoffset(), aware.tzname(), aware.timestamp())
print(datetime.fromtimestamp(0), datetime.fromtimestamp(1767225600.5, tz=timezone.utc), repr(timezone.utc))
print(sorted([moment, started, datetime(2025, 12, 31)]), started < moment, date(2026, 1, 1) == started.date())
print(datetime.combine(date(2026, 5, 4), time(3, 2, 1)), datetime.fromisoformat("2026-07-08T09:10:11"))
print(started.replace(year=2030, microsecond=5).isoformat(timespec="milliseconds"), moment.strftime("%a %b %d %Y %j"))
print(started.ctime(), f"{date(2026, 12, 25):%A}", {started: "a dict key"}[datetime(2026, 1, 1)])
