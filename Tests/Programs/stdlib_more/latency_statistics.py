"""Workers time simulated requests on the virtual clock; the collector reports latency statistics."""
import statistics
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

import sim

COSTS = [0.012, 0.030, 0.007, 0.030, 0.110, 0.021, 0.030, 0.015, 0.450, 0.009]


def request(i):
    start = time.perf_counter()
    sim.io(COSTS[i])
    return i, round((time.perf_counter() - start) * 1000, 3)


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(request, i) for i in range(len(COSTS))]
    latencies = dict(f.result() for f in as_completed(futures))

ms = [latencies[i] for i in sorted(latencies)]
print("latencies (ms):", ms)
print("mean", statistics.mean(ms), "fmean", statistics.fmean(ms))
print("median", statistics.median(ms), statistics.median_low(ms), statistics.median_high(ms))
print("mode", statistics.mode(ms), "multimode", statistics.multimode([round(x) for x in ms]))
print("stdev", statistics.stdev(ms), "pstdev", statistics.pstdev(ms))
print("variance", statistics.variance(ms), "pvariance", statistics.pvariance(ms))
print("quartiles", statistics.quantiles(ms))
print("deciles", statistics.quantiles(ms, n=10, method="inclusive"))
p90 = statistics.quantiles(ms, n=10)[-1]
print("slow requests:", [i for i, v in enumerate(ms) if v > p90])

retries = [0, 2, 1, 0, 0, 3, 1, 0]
print(statistics.mean(retries), statistics.mean([2, 4]), statistics.median(retries), statistics.mode(retries))
print(statistics.variance(retries), statistics.pvariance(retries), statistics.stdev(retries))
print(statistics.variance([1, 2, 3, 4], 2.5), statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.2, 0.1]), statistics.mean([True, False, True]))
print(statistics.mode(["red", "blue", "red", "green", "blue"]), statistics.median([10**20, 10**20 + 1]))
for bad in (lambda: statistics.mean([]), lambda: statistics.stdev([1]), lambda: statistics.mode([]),
            lambda: statistics.median([]), lambda: statistics.quantiles([1], n=4),
            lambda: statistics.quantiles(ms, n=0), lambda: statistics.pvariance([])):
    try:
        bad()
    except statistics.StatisticsError as e:
        print("StatisticsError:", e, isinstance(e, ValueError))
statistics.variance(["a", "b"])
