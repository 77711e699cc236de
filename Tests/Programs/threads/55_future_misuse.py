"""concurrent.futures.Future by hand: set_result twice, cancel after finishing, exception() of a cancelled future, set_exception with a class."""
from concurrent.futures import Future, InvalidStateError, CancelledError, TimeoutError


def show(label, call):
    try:
        print(label, "->", call())
    except InvalidStateError as e:
        print(label, "->", type(e).__name__, str(e).split(":")[0])
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(str(e)))


f = Future()
show("set_result", lambda: f.set_result(1))
show("set_result again", lambda: f.set_result(2))
show("set_exception after", lambda: f.set_exception(ValueError("x")))
show("cancel finished", f.cancel)
show("result", f.result)
g = Future()
show("cancel pending", g.cancel)
show("cancel again", g.cancel)
show("exception of cancelled", g.exception)
show("result(timeout=0) of cancelled", lambda: g.result(timeout=0))
show("set_result on cancelled", lambda: g.set_result(3))
show("set_running_or_notify_cancel", g.set_running_or_notify_cancel)
h = Future()
show("set_running", h.set_running_or_notify_cancel)
show("cancel running", h.cancel)
show("running", h.running)
show("result(0.1)", lambda: h.result(0.1))
show("exception(timeout=0.1)", lambda: h.exception(timeout=0.1))
show("set_exception", lambda: h.set_exception(KeyError("k")))
show("str(exception)", lambda: str(h.exception()))
show("set_result after exception", lambda: h.set_result(None))
k = Future()
show("set_exception(ValueError class)", lambda: k.set_exception(ValueError))
show("type of exception()", lambda: type(k.exception()).__name__)
show("result", k.result)
show("CancelledError is Exception", lambda: isinstance(CancelledError(), Exception))
show("TimeoutError builtin", lambda: isinstance(TimeoutError(), OSError))
