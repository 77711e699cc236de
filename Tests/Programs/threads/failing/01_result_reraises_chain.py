"""An uncaught error re-raised by result() ends the program with the worker's chained traceback (exit 1)."""
from concurrent.futures import ThreadPoolExecutor
import time

config = {"port": "80"}


def lookup(key):
    time.sleep(0.1)
    try:
        return config[key]
    except KeyError as e:
        raise LookupError(f"no setting {key!r}") from e


with ThreadPoolExecutor(max_workers=2) as ex:
    ok = ex.submit(lookup, "port")
    missing = ex.submit(lookup, "host")
    print("port =", ok.result())
    print("host =", missing.result())
print("not reached")
