"""Sharding a 128-bit id space and scanning big number windows with range(), as id allocators do."""

ID_BITS = 128
SHARDS = 8
space = range(0, 2**ID_BITS)
width = 2**ID_BITS // SHARDS
shards = [range(start, start + width) for start in range(0, 2**ID_BITS, width)]


def shard_of(ident):
    for number, shard in enumerate(shards):
        if ident in shard:
            return number
    raise LookupError(ident)


def describe():
    print(space, bool(space), space.start, space.stop, space.step, type(space).__name__)
    try:
        print(len(space))
    except OverflowError as e:
        print("OverflowError:", e)
    print(len(shards), shards[1], shards[-1][-1] == 2**ID_BITS - 1)
    for ident in (0, 2**64, 2**127 + 5, 2**128 - 1):
        print(f"{ident:#x} -> shard {shard_of(ident)}")
    print(2**128 in space, -1 in space, 3.0 in range(5), shards[3].index(3 * width + 42))


def windows():
    base = 10**20
    window = range(base, base + 30, 7)
    print(window, len(window), list(window), window[-1], window[1:3], window[::-1])
    print(sum(window), max(window), sorted(window, reverse=True)[:2], window.count(base + 14), list(reversed(window))[0])
    evens = range(2**70, 2**70 + 10, 2)
    print([n - 2**70 for n in evens], evens[2] - evens[1], (2**70 + 4) in evens, (2**70 + 5) in evens)
    countdown = range(2**65, 2**65 - 4, -1)
    for n in countdown:
        print(n % 1000, end=" ")
    print(countdown[len(countdown) - 1] == 2**65 - 3)
    try:
        evens[5]
    except IndexError as e:
        print("IndexError:", e)
    try:
        evens.index(3)
    except ValueError as e:
        print("ValueError:", e)
    small = range(10)
    print(small.index(7), small.count(3), small[2:8:3], list(range(-5, 5, 3)), range(0, 2**63 - 1, 2**62)[1])


describe()
windows()
