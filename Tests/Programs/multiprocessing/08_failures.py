"""What goes wrong: a child that raises (exit code 1, traceback on stderr), calls that cannot be
pickled, misuse of a pool, and a worker's exception re-raised in the parent."""
from multiprocessing import Event, Lock, Pool, Process, Queue, Value


def explode(message):
    raise ValueError(message)


def parse(text):
    return int(text)


def main():
    child = Process(target=explode, args=("bad input",))
    child.start()
    child.join()
    print("exit code:", child.exitcode)

    def local_helper(x):
        return x

    with Pool(2) as pool:
        try:
            pool.map(lambda x: x, [1, 2])
        except AttributeError as exc:
            print("lambda:", exc)
        try:
            pool.apply(local_helper, (1,))
        except AttributeError as exc:
            print("local:", exc)
        try:
            pool.map(parse, ["1", "two", "3"])
        except ValueError as exc:
            print("worker raised:", exc, "| cause:", type(exc.__cause__).__name__)
        for shared in (Lock(), Event(), Value("i", 0), Queue()):
            try:
                pool.apply(parse, (shared,))
            except RuntimeError as exc:
                print("argument:", exc)
        try:
            pool.join()
        except ValueError as exc:
            print("join:", exc)
        try:
            pool.imap(parse, ["1"], chunksize=0)
        except ValueError as exc:
            print("imap:", exc)
    for bad in (0, -2):
        try:
            Pool(bad)
        except ValueError as exc:
            print(bad, exc)
    try:
        Pool(1, initializer=3)
    except TypeError as exc:
        print("initializer:", exc)
    try:
        Process().join()
    except AssertionError as exc:
        print("join:", exc)


if __name__ == "__main__":
    main()
