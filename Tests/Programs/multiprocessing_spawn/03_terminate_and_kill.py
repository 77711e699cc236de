"""terminate() and kill() stop a child at once, wherever it is: a child blocked for good is killed
(exit code -15 or -9, as the signal's number), its finally block does not run, and leaving a
`with Pool()` block terminates the workers in the middle of their tasks, whose results never come.
A queue made in the (default) fork context cannot go to a spawned child."""
import multiprocessing as mp


def stubborn(started, release, log):
    started.set()
    try:
        release.wait()
        log.put("released")
    finally:
        log.put("cleanup ran")


def countdown(log, n):
    for i in range(n, 0, -1):
        log.put(i)


def init_worker(gate_, log_):
    global gate, log
    gate, log = gate_, log_


def slow_task(n):
    log.put(f"task {n} started")
    gate.wait()
    log.put(f"task {n} finished")
    return n


def double(n):
    return n * 2


def main():
    started, release, log = mp.Event(), mp.Event(), mp.Queue()
    child = mp.Process(target=stubborn, args=(started, release, log), name="Stubborn")
    child.start()
    started.wait()
    print("before terminate:", child.is_alive(), child.exitcode)
    child.terminate()
    child.join()
    print("after terminate:", child.is_alive(), child.exitcode, repr(child).split()[-1])

    spawn = mp.get_context("spawn")
    ready, never, spawn_log = spawn.Event(), spawn.Event(), spawn.Queue()
    victim = spawn.Process(target=stubborn, args=(ready, never, spawn_log))
    victim.start()
    ready.wait()
    victim.kill()
    victim.join()
    print("after kill:", victim.name, victim.is_alive(), victim.exitcode, repr(victim).split()[-1])
    print("no cleanup ran:", spawn_log.empty())
    try:
        spawn.Process(target=countdown, args=(log, 1)).start()
    except RuntimeError as exc:
        print("mixed contexts:", exc)
    try:
        mp.set_start_method("spawn")
    except RuntimeError as exc:
        print("too late:", exc)

    finished = mp.Process(target=countdown, args=(log, 3))
    finished.start()
    finished.join()
    finished.terminate()
    print("terminate after exit:", finished.exitcode, [log.get() for _ in range(3)], log.empty())
    try:
        mp.Process(target=countdown, args=(log, 1)).terminate()
    except AttributeError as exc:
        print("not started:", exc)

    gate = mp.Event()
    with mp.Pool(2, initializer=init_worker, initargs=(gate, log)) as pool:
        print(pool.map(double, range(6)))
        pending = [pool.apply_async(slow_task, (n,)) for n in range(2)]
        print(sorted(log.get() for _ in range(2)))
    print([job.ready() for job in pending], pool)
    try:
        pending[0].get(timeout=0.5)
    except mp.TimeoutError:
        print("the killed task never returns")
    print("log empty:", log.empty(), mp.active_children())


if __name__ == "__main__":
    main()
