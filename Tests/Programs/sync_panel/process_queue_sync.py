# A multiprocessing queue between the main process and a worker process: three items wait in it until the
# worker wakes and takes them one by one.
import multiprocessing
import time


def drain(jobs, results):
    time.sleep(0.2)
    for _ in range(3):
        results.put(f"took {jobs.get()}")


if __name__ == "__main__":
    jobs = multiprocessing.Queue(maxsize=3)
    results = multiprocessing.Queue()
    worker = multiprocessing.Process(target=drain, args=(jobs, results))
    worker.start()
    for job in ({"id": 1}, [2, 2], "three"):
        jobs.put(job)
    print([results.get() for _ in range(3)])
    worker.join()
