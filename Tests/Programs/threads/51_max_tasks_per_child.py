"""max_tasks_per_child (3.11): 0 is refused as "must be >= 1"; without mp_context a valid value is accepted (spawn)."""
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    for n in (0, 2):
        try:
            ex = ProcessPoolExecutor(max_workers=1, max_tasks_per_child=n)
            print("accepted", n)
            ex.shutdown()
        except ValueError as e:
            print("ValueError:", e)
