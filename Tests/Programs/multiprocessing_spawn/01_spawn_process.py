"""The spawn start method: every child is a fresh interpreter that imports this script again as
__mp_main__. Its top-level code runs once more (this module's print appears once per child), its
globals are its own fresh values, and what it runs arrives pickled: a lambda cannot start, and a
function defined under the main guard does not exist in the child (its traceback ends stderr)."""
import multiprocessing as mp
import sys

settings = {"mode": "default", "retries": 3}
print(f"[module loaded as {__name__} in {mp.current_process().name}]", flush=True)


def report(results, label):
    me = mp.current_process()
    results.put((label, me.name, type(me).__name__, __name__, settings["mode"]))


def tally(results, *numbers, scale=1):
    settings["retries"] -= 1
    results.put((sum(numbers) * scale, settings["retries"]))


class Greeter(mp.Process):
    def __init__(self, results, who):
        super().__init__()
        self.results = results
        self.who = who

    def run(self):
        self.results.put(f"hello {self.who} from {self.name} ({type(self).__name__})")


def explode(reason):
    raise RuntimeError(reason)


def main():
    mp.set_start_method("spawn")
    settings["mode"] = "changed by the parent"
    print("start method:", mp.get_start_method(), mp.get_all_start_methods(), flush=True)
    results = mp.Queue()

    child = mp.Process(target=report, args=(results, "default context"))
    print(child.name, child.is_alive(), child.exitcode, flush=True)
    child.start()
    print(results.get(), flush=True)
    child.join()
    print(child.name, "exit code", child.exitcode, "alive", child.is_alive(), flush=True)

    spawn = mp.get_context("spawn")
    print(spawn.get_start_method(), type(spawn).__name__, flush=True)
    children = [spawn.Process(target=tally, args=(results, 1, 2, 3), kwargs={"scale": k}) for k in (10, 100)]
    for c in children:
        c.start()
        c.join()
    print(sorted(results.get() for _ in children), settings["retries"], flush=True)
    print([c.name for c in children], [c.exitcode for c in children], flush=True)

    greeter = Greeter(results, "spawn")
    greeter.start()
    greeter.join()
    print(results.get(), greeter.exitcode, flush=True)

    try:
        spawn.Process(target=lambda: None).start()
    except Exception as exc:
        print("lambda:", type(exc).__name__, str(exc).split(": ")[-1], flush=True)

    def local_helper():
        return None

    try:
        spawn.Process(target=local_helper).start()
    except AttributeError as exc:
        print("nested:", exc, flush=True)

    failing = spawn.Process(target=explode, args=("no luck",), name="Exploder")
    failing.start()
    failing.join()
    print(failing.name, "exit code", failing.exitcode, flush=True)

    try:
        mp.set_start_method("fork")
    except RuntimeError as exc:
        print("set again:", exc, flush=True)
    try:
        mp.get_context("threads")
    except ValueError as exc:
        print(exc, flush=True)
    print(mp.current_process().name, __name__, flush=True)


if __name__ == "__main__":
    def only_in_the_parent(results):
        results.put("unreachable: the child's __mp_main__ never defines this function")

    main()
    queue = mp.Queue()
    orphan = mp.Process(target=only_in_the_parent, args=(queue,))
    orphan.start()
    orphan.join()
    print("defined under the main guard:", orphan.exitcode, queue.empty(), flush=True)
