"""Process names (Process-N, subclass names, ForkPoolWorker-N, ForkProcess-N from a fork context) and
Event, Semaphore, Barrier, Condition and RLock shared with child processes."""
import multiprocessing as mp
import sim


def report(names, tag):
    names.put((tag, mp.current_process().name, mp.parent_process() is not None))


def wait_for_go(go, done):
    go.wait()
    done.put("released")


def limited(slots, active, peak, out):
    with slots:
        with active.get_lock():
            active.value += 1
            peak.value = max(peak.value, active.value)
        sim.cpu(0.02)
        with active.get_lock():
            active.value -= 1
    out.put("slot")


def meet(barrier, out):
    out.put(("arrived", barrier.wait() >= 0))


def await_ready(cond, state, out):
    with cond:
        cond.wait_for(lambda: state.value == 1)
        out.put("condition met")


class Named(mp.Process):
    def __init__(self, names):
        super().__init__()
        self.names = names

    def run(self):
        report(self.names, "subclass")


if __name__ == "__main__":
    print(mp.current_process(), mp.parent_process(), mp.get_start_method())
    names = mp.Queue()
    for p in (mp.Process(target=report, args=(names, "plain")), Named(names),
              mp.Process(target=report, args=(names, "named"), name="custom"),
              mp.get_context("fork").Process(target=report, args=(names, "ctx"))):
        p.start()
        p.join()
        print(names.get(), p.exitcode)

    out = mp.Queue()
    go = mp.Event()
    waiter = mp.Process(target=wait_for_go, args=(go, out))
    waiter.start()
    print(go.is_set(), waiter.is_alive())
    go.set()
    waiter.join()
    print(out.get(), go.is_set(), go.wait(0))

    slots, active, peak = mp.Semaphore(2), mp.Value("i", 0), mp.Value("i", 0)
    crowd = [mp.Process(target=limited, args=(slots, active, peak, out)) for _ in range(5)]
    barrier = mp.Barrier(3)
    meeting = [mp.Process(target=meet, args=(barrier, out)) for _ in range(3)]
    cond, state = mp.Condition(), mp.Value("i", 0)
    watcher = mp.Process(target=await_ready, args=(cond, state, out))
    everyone = crowd + meeting + [watcher]
    for p in everyone:
        p.start()
    with cond:
        state.value = 1
        cond.notify_all()
    for p in everyone:
        p.join()
    print(sorted(str(out.get()) for _ in range(9)), peak.value <= 2, slots)

    lock = mp.RLock()
    with lock:
        with lock:
            print(lock)
    print(lock, mp.BoundedSemaphore(3), mp.Condition(mp.Lock()))
    try:
        mp.BoundedSemaphore(1).release()
    except ValueError as exc:
        print("ValueError:", exc)
    print(issubclass(mp.TimeoutError, mp.ProcessError), mp.active_children())
