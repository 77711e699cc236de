"""asyncio tasks feed a deque(maxlen=...) ring buffer; results are namedtuples, counted with Counter."""
import asyncio
from collections import deque, Counter, namedtuple, defaultdict, OrderedDict, ChainMap

Reading = namedtuple("Reading", "sensor value status", defaults=["ok"])
recent = deque(maxlen=4)
by_sensor = defaultdict(list)
statuses = Counter()


async def sensor(name, values, delay):
    for v in values:
        await asyncio.sleep(delay)
        reading = Reading(name, v, "high" if v > 50 else "ok")
        recent.append(reading)
        by_sensor[name].append(v)
        statuses[reading.status] += 1


async def main():
    await asyncio.gather(
        sensor("temp", [20, 55, 21], 0.1),
        sensor("load", [70, 40, 90], 0.15),
    )
    print(len(recent), recent.maxlen)
    for r in recent:
        print(" ", r)
    print(recent[-1]._asdict(), recent[0]._replace(status="seen"))
    print(dict(by_sensor), statuses, statuses.most_common(1))
    name, value, status = recent[-1]
    print(name, value, status, Reading._fields, Reading._make(["x", 1, "ok"]))

    cache = OrderedDict()
    for key in ["a", "b", "c", "a", "d"]:
        if key in cache:
            cache.move_to_end(key)
        cache[key] = key.upper()
        if len(cache) > 3:
            print("evict", cache.popitem(last=False))
    print(cache)

    defaults = {"retries": 3, "timeout": 1.0}
    config = ChainMap({"timeout": 2.5}, defaults)
    print(config["retries"], config["timeout"], dict(config))


asyncio.run(main())
