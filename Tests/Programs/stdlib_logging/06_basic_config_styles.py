# basicConfig's options: every record attribute in a format, '{' style, datefmt, and force=True.
import logging
import threading
import time

time.sleep(1.2345)
logging.basicConfig(
    level="DEBUG",
    format="%(asctime)s|%(created).3f|%(msecs)d|%(relativeCreated).0f|%(name)s|%(levelno)s|%(levelname)s|"
           "%(threadName)s|%(processName)s|%(module)s|%(filename)s|%(funcName)s|%(lineno)d|%(message)s",
)
logging.debug("default date format")


def in_function():
    logging.info("from a function")


in_function()
worker = threading.Thread(target=in_function, name="Worker-7")
worker.start()
worker.join()
logging.basicConfig(level=logging.INFO, format="ignored: the root logger has a handler")
logging.info("still the first format")

time.sleep(59)
logging.basicConfig(force=True, style="{", format="{asctime} {levelname:<8} {name}: {message}", datefmt="%H:%M:%S")
logging.warning("after force=True")
logging.getLogger("quiet").info("force=True keeps the root level: %s", logging.root.level)
logging.basicConfig(force=True, format="%(message)s", level=logging.NOTSET)
logging.debug("NOTSET lets everything through: %d", logging.root.getEffectiveLevel())
logging.basicConfig(force=True, style="$", format="$levelname ${name}: $message ($$5)")
logging.warning("template style")
mistakes = [{"style": "$", "format": "$"}, {"style": "x"}, {"style": "{", "format": "plain"}, {"format": "no fields"},
            {"colour": "red"}]
for bad in mistakes:
    try:
        logging.basicConfig(force=True, **bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(logging.root.handlers)
