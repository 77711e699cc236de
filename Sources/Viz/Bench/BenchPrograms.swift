/// The scenarios the benchmark suite runs, as text (written to a temporary
/// folder so that asyncviz and python3 run the very same file).
enum BenchPrograms {
    /// 5,000 tasks, each 20 sleeps and a put/get on one shared queue.
    static let tasks = """
    import asyncio


    async def worker(i, queue):
        for k in range(20):
            await asyncio.sleep(0.001 * (1 + (i + k) % 7))
            await queue.put(i)
            await queue.get()


    async def main():
        queue = asyncio.Queue()
        await asyncio.gather(*(worker(i, queue) for i in range(5000)))
        print("done", queue.qsize())


    asyncio.run(main())
    """

    /// Two million iterations of loops, calls and dict/list/str work.
    static let compute = """
    def score(word, table):
        total = 0
        for ch in word:
            total += table.get(ch, 1)
        return total


    table = {c: i for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    counts = {}
    best = []
    for i in range(250_000):
        w = words[i % 8]
        s = score(w, table)
        key = w[:2] + str(s % 10)
        counts[key] = counts.get(key, 0) + 1
        if s > 60:
            best.append(s)
    print(len(counts), len(best), sum(best) % 1000)
    """

    /// A pool of 8 threads over 10,000 work items.
    static let pool = """
    from concurrent.futures import ThreadPoolExecutor


    def work(x):
        total = 0
        for k in range(20):
            total += (x * k) % 7
        return total


    with ThreadPoolExecutor(max_workers=8) as executor:
        results = list(executor.map(work, range(10_000)))
    print(sum(results))
    """

    /// About a million events: 2,500 tasks of 20 sleeps (no output, so stores are all events).
    static let millionEvents = """
    import asyncio


    async def worker(i):
        for k in range(20):
            await asyncio.sleep(0.001 * (1 + (i + k) % 7))


    async def main():
        await asyncio.gather(*(worker(i) for i in range(2500)))


    asyncio.run(main())
    """
}
