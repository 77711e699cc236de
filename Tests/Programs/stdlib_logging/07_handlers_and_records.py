# Capturing log records in memory, as a test suite does: a stream object, stacklevel, disable, extra, converter.
import logging
import time


class MemoryStream:
    def __init__(self):
        self.lines = []

    def write(self, text):
        self.lines.append(text)

    def flush(self):
        pass


captured = MemoryStream()
time.sleep(3.5)
logging.Formatter.converter = time.gmtime
logging.basicConfig(handlers=[logging.StreamHandler(captured)], level=logging.INFO,
                    format="%(asctime)s %(funcName)s:%(lineno)d %(message)s")


def audit(message):
    logging.info(message, stacklevel=2)


def transfer(amount):
    audit(f"transfer of {amount}")


transfer(250)
logging.disable(logging.INFO)
logging.info("disabled")
logging.warning("warnings still pass")
logging.disable(logging.NOTSET)
for line in captured.lines:
    print("captured:", line, end="")

formatter = logging.Formatter("%(message)s %(levelname)s")
formatter.default_msec_format = "%s.%03d"
record = logging.makeLogRecord({"created": 1767225600.5, "msecs": 500, "msg": "made by hand", "levelname": "NOTE"})
print(formatter.formatTime(record), "|", formatter.format(record), "|", record.getMessage())
print(logging.getLevelNamesMapping()["WARN"], logging.root.hasHandlers(), logging.getLogger("a.b").hasHandlers())
quiet = logging.getLogger("quiet")
quiet.addHandler(logging.NullHandler())
quiet.propagate = False
quiet.error("swallowed by the NullHandler")
print(quiet.hasHandlers(), logging.getLogger("a").hasHandlers())
try:
    logging.basicConfig(force=True, stream=captured, handlers=[])
except ValueError as e:
    print(e)
logging.basicConfig(force=True, format="%(name)s %(message)s user=%(user)s")
logging.warning("with extra", extra={"user": "bob"})
try:
    logging.warning("clash", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
