# logging before and after configuration, logging.exception in except blocks, filters, adapters, levels.
import logging

logging.getLogger("early").warning("no handlers yet: printed bare by logging.lastResort")
logging.getLogger("early").info("and info is not printed at all")

logging.basicConfig(format="%(levelname)s %(name)s %(funcName)s:%(lineno)d %(message)s")
root = logging.getLogger()
print(root, root.level, logging.getLevelName(root.getEffectiveLevel()))


def parse(text):
    return int(text)


def load(values):
    total = 0
    for v in values:
        try:
            total += parse(v)
        except ValueError:
            logging.exception("could not parse %r", v)
    return total


print("total", load(["1", "two", "3"]))


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1


numbers = logging.getLogger("numbers")
numbers.setLevel(logging.DEBUG)
numbers.addFilter(OnlyOdd())
for i in range(5):
    numbers.debug("number %d", i)

VERBOSE = 15
logging.addLevelName(VERBOSE, "VERBOSE")
numbers.log(VERBOSE, "custom level %d", 7)
print(numbers.isEnabledFor(VERBOSE), logging.getLevelName(VERBOSE), logging.getLevelName("VERBOSE"))

db = logging.getLogger("app.db")
app = logging.getLogger("app")
print(db.parent is app, app.parent is root, db)
app.setLevel("ERROR")
db.warning("hidden: app is at ERROR")
db.error("shown: %s", "error")


class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['request']}] {msg}", kwargs


requests = RequestAdapter(logging.getLogger("web"), {"request": "r-17"})
requests.warning("slow response: %.1fs", 2.5)
print(requests)
only_app = logging.Filter("app")
print(only_app.filter(logging.makeRecord if False else logging.LogRecord("app.db", 10, "x.py", 1, "m", (), None)))
print(only_app.filter(logging.LogRecord("apple", 10, "x.py", 1, "m", (), None)))
try:
    {}["missing"]
except KeyError as e:
    logging.error("lookup failed", exc_info=e)
logging.critical("done", extra={"unused": True})
