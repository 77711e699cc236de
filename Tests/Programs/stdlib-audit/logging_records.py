"""Logging from a thread pool and from asyncio tasks with every record attribute CPython 3.11 has (the ids of
processes and threads aside, which differ from run to run), the three format styles, levels, adapters, filters."""
import asyncio
import logging
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

FORMAT = ("%(asctime)s|%(created)f|%(filename)s|%(funcName)s|%(levelname)s|%(levelno)s|%(lineno)d|%(message)s|"
          "%(module)s|%(msecs)d|%(name)s|%(processName)s|%(relativeCreated)d|%(threadName)s")
logging.basicConfig(level=logging.DEBUG, format=FORMAT, stream=sys.stdout, datefmt="%Y-%m-%d %H:%M:%S")
log = logging.getLogger("app.worker")


def work(n):
    time.sleep(0.01 * n)
    log.info("job %d done", n)
    return n * n


threads = [threading.Thread(target=work, args=(i,), name=f"W{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
    print(list(pool.map(work, [3, 4])))


async def main():
    log.warning("in task %s", asyncio.current_task().get_name())
    await asyncio.sleep(0.5)
    log.debug("after %.1f s", 0.5)

asyncio.run(main())
handler = logging.getLogger().handlers[0]
handler.setFormatter(logging.Formatter("{levelname:<8} {name} {message}", style="{"))
log.error("brace style")
handler.setFormatter(logging.Formatter("$levelname $name $message", style="$"))
log.critical("dollar style")
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(33))
logging.addLevelName(25, "NOTICE")
log.log(25, "custom level")
print(log.getEffectiveLevel(), log.isEnabledFor(5), log.parent.name, logging.root.level)


class Context(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['user']}] {msg}", kwargs


Context(log, {"user": "ann"}).info("adapted")


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


quiet = logging.getLogger("app.even")
quiet.addFilter(OnlyEven())
for i in range(4):
    quiet.warning("number %d", i)
print(logging.getLevelNamesMapping())
logging.disable(logging.INFO)
log.info("hidden")
log.warning("shown")
logging.disable(logging.NOTSET)
record = logging.makeLogRecord({"msg": "hi %s", "args": ("x",), "levelno": 20, "levelname": "INFO"})
print(record.getMessage(), repr(log), repr(logging.getLogger()))
silent = logging.getLogger("quiet")
silent.addHandler(logging.NullHandler())
silent.propagate = False
silent.error("nothing")
logging.shutdown()
