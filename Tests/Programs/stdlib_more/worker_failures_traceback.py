"""A pool of workers logs each failure's traceback (format_exc in the except block) and carries on."""
import logging
import sys
import traceback
from concurrent.futures import ThreadPoolExecutor

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(threadName)s %(message)s")
log = logging.getLogger("jobs")


class JobError(Exception):
    pass


def parse(record):
    key, _, value = record.partition("=")
    return key, int(value)


def load(record):
    try:
        return parse(record)
    except ValueError as e:
        raise JobError(f"bad record {record!r}") from e


def work(record):
    try:
        key, value = load(record)
        return f"{key}:{value * 2}"
    except JobError:
        log.error("job failed\n%s", traceback.format_exc())
        return None


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="worker") as pool:
    results = list(pool.map(work, ["a=1", "b=x", "c=3"]))
print(results)


def divide(a, b):
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(*sys.exc_info())[-1], end="")
    traceback.print_exc(file=sys.stdout)
    traceback.print_exception(e, file=sys.stdout, limit=1)
    print(len(traceback.format_exception(e)))

try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("lookup failed")
except RuntimeError:
    text = traceback.format_exc()
    print(text.count("Traceback"), text.splitlines()[-1])
    print(traceback.format_exc(limit=-1).count("File"))

print(repr(traceback.format_exc()))


def report():
    traceback.print_stack(file=sys.stdout)
    return len(traceback.format_stack())


def outer():
    return report()


print(outer())
try:
    parse("z=?")
except ValueError:
    traceback.print_exc()
