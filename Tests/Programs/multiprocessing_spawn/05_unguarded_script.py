"""The classic spawn mistake: a script that starts a process from its top-level code, with no
`if __name__ == '__main__':` guard. The child imports the script again, reaches the same start()
while it is still bootstrapping, and fails with CPython's RuntimeError (its traceback ends stderr);
the parent sees exit code 1, and a thread pool, which starts no process, is fine anywhere."""
import multiprocessing as mp
from multiprocessing.pool import ThreadPool


def greet(name):
    print(f"hello {name} from {mp.current_process().name}", flush=True)


print(f"running as {__name__}", flush=True)
with ThreadPool(2) as threads:
    print(threads.map(len, ["spawn", "fork"]), flush=True)
child = mp.get_context("spawn").Process(target=greet, args=("world",))
child.start()
child.join()
print(f"{__name__}: child exit code {child.exitcode}", flush=True)
