# A manager's shared objects: worker processes fill a dict and a list under the manager's lock, count in a
# Value, read settings from a Namespace, a pool's workers get proxies too, and a custom manager serves a
# class of our own. After the with block the manager is gone.
from multiprocessing import Manager, Pool, Process, current_process
from multiprocessing.managers import BaseManager, DictProxy, BaseProxy


def record(results, order, done, lock, settings, n):
    value = n ** settings.power
    with lock:
        results[n] = value
        order.append(n)
        done.value += 1


def squares_seen(shared, n):
    shared[n] = n * n
    return len(shared) > 0


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, count):
        self.items[name] = self.items.get(name, 0) + count
        return self.items[name]

    def total(self):
        return sum(self.items.values())

    def _private(self):
        return "hidden"


class StockManager(BaseManager):
    pass


StockManager.register("Inventory", Inventory)


def restock(inventory, name):
    inventory.add(name, 5)


if __name__ == "__main__":
    with Manager() as manager:
        results, order = manager.dict(), manager.list()
        done, lock = manager.Value("i", 0), manager.Lock()
        settings = manager.Namespace(power=2, label="squares")
        workers = [Process(target=record, args=(results, order, done, lock, settings, n)) for n in range(4)]
        print([w.name for w in workers])
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print(settings, settings.label, type(results).__name__, isinstance(results, (DictProxy, BaseProxy)))
        print(sorted(results.items()), sorted(order), done.value, len(results), 3 in results, results.get(9, "-"))
        print(sorted(dict(results)), type(results.copy()).__name__, sorted(results.keys()), sorted(results.values()))
        order.sort()
        order += [10]
        order.extend([11])
        print(order, order[1:3], order[-1], len(order), list(reversed(order))[:2], 11 in order, order.index(2))
        results.update({"x": 1})
        print(results.pop("x"), results.setdefault("y", 7), str(results).count(":"))
        nested = manager.dict({"log": []})
        nested["log"].append("lost")
        print(nested["log"], "(a copy came back; the manager's list is unchanged)")
        settings.power = 3
        print(settings.power)
        try:
            settings.missing
        except AttributeError as error:
            print("AttributeError:", error)
        with Pool(2) as pool:
            print(pool.starmap(squares_seen, [(results, n) for n in range(5, 8)]))
        print(sorted(k for k in results.keys() if isinstance(k, int)))
        queue = manager.Queue()
        queue.put("job")
        print(type(queue).__name__, queue.get(), queue.empty())
        event = manager.Event()
        print(event.is_set(), event.wait(0.01))
        event.set()
        print(event.is_set())
    try:
        results[0]
    except OSError as error:
        print(type(error).__name__, error, error.errno)

    with StockManager() as stock_manager:
        inventory = stock_manager.Inventory()
        print(type(inventory).__name__, inventory.add("bolts", 2))
        workers = [Process(target=restock, args=(inventory, name)) for name in ["bolts", "nuts"]]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print(inventory.total(), hasattr(inventory, "_private"))
