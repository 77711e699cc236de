"""Worker-process failures come back with a _RemoteTraceback cause: SystemExit, KeyboardInterrupt, an unpicklable result."""
from concurrent.futures import ProcessPoolExecutor


def give_lambda():
    return lambda: 1


def raise_exit():
    raise SystemExit(5)


def raise_kb():
    raise KeyboardInterrupt("kb")


def raise_args():
    raise ValueError("a", 2, [3])


def show(call):
    try:
        print("ok", call())
    except BaseException as e:
        print(type(e).__name__ + ":", e, type(e.__cause__).__name__)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        for fn in (give_lambda, raise_exit, raise_kb, raise_args):
            show(lambda: ex.submit(fn).result())
        show(lambda: ex.submit(abs, -3).result())
