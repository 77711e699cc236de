"""Exceptions: try/except/else/finally, chaining, and a seeded random retry loop.

Every path through a try statement prints where it goes; the last attempt
shows `raise ... from ...` keeping the original error as `__cause__`.
"""
import random

random.seed(7)


def flaky(attempt):
    roll = random.random()
    if roll < 0.6:
        raise ValueError(f"attempt {attempt} rolled {roll:.3f}")
    return roll


for attempt in range(1, 5):
    try:
        value = flaky(attempt)
    except ValueError as e:
        print("failed:", e)
    else:
        print(f"succeeded with {value:.3f}")
        break
    finally:
        print("  attempt", attempt, "done")

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    print(type(e).__name__, e, "caused by", repr(e.__cause__))
