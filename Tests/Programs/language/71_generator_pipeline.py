# A log-processing pipeline built from generators: each stage pulls lazily from the one before.

LOG = """\
2024-01-01 10:00:01 INFO  server started port=8080
2024-01-01 10:00:02 DEBUG cache warmed entries=120
# maintenance window
2024-01-01 10:01:13 WARN  slow request path=/api/users ms=830
2024-01-01 10:01:15 ERROR db timeout path=/api/orders ms=5000

2024-01-01 10:02:00 INFO  request path=/api/users ms=45
2024-01-01 10:02:01 ERROR db timeout path=/api/users ms=5001
2024-01-01 10:02:09 INFO  request path=/health ms=1
"""


def read_lines(text):
    for number, line in enumerate(text.splitlines(), start=1):
        print(f"  read line {number}")
        yield number, line


def non_blank(lines):
    for number, line in lines:
        if line.strip() and not line.startswith("#"):
            yield number, line


def parse(lines):
    for number, line in lines:
        date, time, level, *rest = line.split()
        fields = {}
        words = []
        for item in rest:
            if "=" in item:
                key, value = item.split("=", 1)
                fields[key] = int(value) if value.isdigit() else value
            else:
                words.append(item)
        yield {"line": number, "time": time, "level": level, "message": " ".join(words), **fields}


def only(level, records):
    for record in records:
        if record["level"] == level:
            yield record


def first(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


print("building the pipeline reads nothing")
errors = only("ERROR", parse(non_blank(read_lines(LOG))))
print("first error:")
print(next(errors))
print("the rest:")
for record in errors:
    print(record["line"], record["path"], record["ms"])

print("slowest two requests:")
records = list(parse(non_blank(read_lines(LOG))))
timed = sorted((r for r in records if "ms" in r), key=lambda r: r["ms"], reverse=True)
for r in first(2, timed):
    print(f"{r['time']} {r['path']:<12} {r['ms']:>5} ms")

levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(levels)
print(list(first(3, (r["message"] for r in records))))
