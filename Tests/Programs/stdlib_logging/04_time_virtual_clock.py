# time on the virtual clock: a fixed epoch (2026-01-01 00:00:00 UTC), UTC, and CPU time from computing.
import threading
import time

import sim

print("started", time.strftime("%Y-%m-%d %H:%M:%S %Z"), time.time(), time.time_ns())
print(time.localtime())
print(time.gmtime(0))
print(time.ctime(), "|", time.asctime(time.gmtime(86400 * 365.25 * 30)))
start = time.perf_counter()
time.sleep(3661.5)
now = time.localtime()
print(time.strftime("%A %d %B %Y, %I:%M:%S %p (day %j, week %U/%W, ISO %G-W%V-%u)", now))
print(now.tm_year, now.tm_mon, now.tm_mday, now.tm_hour, now.tm_min, now.tm_sec, now.tm_wday, now.tm_yday, now.tm_zone)
print(tuple(now), now[3:6], len(now), time.mktime(now), time.mktime(now) == int(time.time()))
print("elapsed", time.perf_counter() - start, time.monotonic_ns(), time.perf_counter_ns())
print(time.strftime("%c | %x | %X | %D %T %R | %y %C %e %%", time.gmtime(1_000_000_000)))
print(time.timezone, time.altzone, time.daylight, time.tzname)


def crunch(seconds):
    sim.cpu(seconds)
    time.sleep(0.5)
    print(f"{threading.current_thread().name}: thread_time={time.thread_time():.2f}")


for seconds in (0.25, 0.75):
    cruncher = threading.Thread(target=crunch, args=(seconds,), name=f"cruncher-{seconds}")
    cruncher.start()
    cruncher.join()
sim.cpu(0.125)
print(f"process_time={time.process_time():.2f} main thread_time={time.thread_time():.2f}")
print("finished", time.strftime("%H:%M:%S"), time.ctime())
