"""Word frequencies: dicts, sorting with a key, f-string alignment.

A warm-up for the scenario language: plain Python, no concurrency yet.
Watch how `sorted` with a key and `reverse=True` keeps ties in their
original order (Python's sort is stable).
"""

TEXT = """the event loop runs one callback at a time
a task wraps a coroutine and the loop steps the task
when the task awaits a future the loop runs other callbacks"""

counts = {}
for word in TEXT.split():
    counts[word] = counts.get(word, 0) + 1

ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
for word, n in ranked[:6]:
    print(f"{word:>10} {n:2d} {'#' * n}")

print(f"{len(counts)} distinct words, {sum(counts.values())} in all")
