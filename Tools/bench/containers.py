# Benchmark (issue 21): dict get/set, list append and slicing, str concatenation, % formatting, join, split.
words = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"]
counts = {}
lst = []
for i in range(300000):
    w = words[i % 8] + str(i % 13)
    counts[w] = counts.get(w, 0) + 1
    if w in counts:
        lst.append(len(w))
    if i % 1000 == 0:
        lst = lst[-10:]
s = 0
for k, v in sorted(counts.items()):
    s += v * len(k)
parts = []
for i in range(100000):
    parts.append("%d:%s" % (i, words[i % 8]))
text = ",".join(parts)
print(s, len(lst), len(text), text.count("beta"), text.split(",")[500].upper())
d = {i: i * i for i in range(200000)}
t = 0
for k in d:
    t += d[k]
print(t)
