import threading


class Context(threading.local):
    def __init__(self, name):
        self.name = name
        self.hits = 0

    def hit(self):
        self.hits += 1
        return self.hits


class Counter(threading.local):
    count = 0

    def bump(self):
        self.count += 1
        return self.count


ctx = Context("main")
counter = Counter()
results = []


def worker(n):
    for _ in range(n):
        ctx.hit()
    counter.bump()
    results.append((threading.current_thread().name, ctx.name, ctx.hits, counter.count, sorted(vars(ctx))))


threads = [threading.Thread(target=worker, args=(i + 1,), name=f"w{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), ctx.name, ctx.hits, counter.count)


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)


threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name="bad")
t.start()
t.join()
