# multiprocessing's lock, re-entrant lock, semaphore, event, condition and barrier shared by the main
# process and five worker processes: a tenth of a second in, each has a holder or someone waiting, until the
# main process lets them all go.
import multiprocessing
import time


def guard(lock, rlock, ready):
    with lock, rlock:
        ready.wait()


def borrow(permits, lock):
    with permits:
        with lock:
            pass


def queue_for(permits):
    with permits:
        pass


def meet(barrier):
    return barrier.wait()


def listen(cond, ready):
    with cond:
        cond.wait_for(ready.is_set)


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    rlock = multiprocessing.RLock()
    permits = multiprocessing.BoundedSemaphore(2)
    ready = multiprocessing.Event()
    cond = multiprocessing.Condition()
    barrier = multiprocessing.Barrier(2)
    workers = [
        multiprocessing.Process(target=guard, args=(lock, rlock, ready)),
        multiprocessing.Process(target=borrow, args=(permits, lock)),
        multiprocessing.Process(target=queue_for, args=(permits,)),
        multiprocessing.Process(target=meet, args=(barrier,)),
        multiprocessing.Process(target=listen, args=(cond, ready)),
    ]
    permits.acquire()
    for w in workers:
        w.start()
    time.sleep(0.2)
    with cond:
        ready.set()
        cond.notify_all()
    permits.release()
    barrier.wait()
    for w in workers:
        w.join()
    print("exit codes:", [w.exitcode for w in workers])
    print("event set:", ready.is_set(), "permits left:", permits.get_value())
