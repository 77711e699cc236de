"""os as concurrency programs use it: sizing pools from cpu_count, settings from the environment,
building output paths, and telling worker processes apart by pid."""
import os
import os.path
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

cores = os.cpu_count()
print("cores:", cores, "-> thread pool of", min(32, cores + 4), "usable:", len(os.sched_getaffinity(0)))
print("os.name:", os.name, "sep:", repr(os.sep), "linesep:", repr(os.linesep), "pathsep:", repr(os.pathsep))

debug = os.getenv("ASYNCVIZ_EXAMPLE_DEBUG", "0") == "1"
level = os.environ.get("ASYNCVIZ_EXAMPLE_LEVEL", "info")
print("debug:", debug, "level:", level, "unset:", os.getenv("ASYNCVIZ_EXAMPLE_UNSET"))
os.environ["ASYNCVIZ_EXAMPLE_MODE"] = "fast"
print("set in the program:", os.getenv("ASYNCVIZ_EXAMPLE_MODE"), os.environ["ASYNCVIZ_EXAMPLE_MODE"])

out_dir = os.path.join("results", "run-1")
reports = [os.path.join(out_dir, f"part-{i}.csv") for i in range(3)]
print(reports)
for path in [reports[0], "/var/log/app.log", "archive.tar.gz", "./a/../b//c/", ".hidden"]:
    head, tail = os.path.split(path)
    root, ext = os.path.splitext(path)
    print(f"{path!r}: dir={os.path.dirname(path)!r} base={os.path.basename(path)!r} "
          f"split=({head!r}, {tail!r}) ext={ext!r} root={root!r} norm={os.path.normpath(path)!r} abs={os.path.isabs(path)}")
print(os.path.join("/data", "/etc", "x"), os.path.join("a", ""), os.path.commonprefix(["/usr/lib", "/usr/local"]))


def rows(path):
    return os.path.basename(path), len(path)


with ThreadPoolExecutor() as pool:
    print(list(pool.map(rows, reports)))


def whoami(task):
    return task, os.getpid(), os.getppid()


if __name__ == "__main__":
    main_pid = os.getpid()
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(whoami, range(6)))
    pids = {pid for _, pid, _ in results}
    print("tasks:", [task for task, _, _ in results])
    print("workers differ from main:", main_pid not in pids)
    print("parent of every worker is main:", {ppid for _, _, ppid in results} == {main_pid})
    print("at most 2 worker pids:", 1 <= len(pids) <= 2)
    print("main's parent is not main:", os.getppid() != main_pid)
