/// The Python source of `heapq`: a binary min-heap in a list, sifting as CPython does (down to a leaf, then back
/// up) so heaps print the same, with nlargest, nsmallest and merge.
enum HeapqSource {
    static let text = #"""
def _rise(heap: list, top: int, at: int) -> None:
    """Moves heap[at] up towards `top` past every parent larger than it."""
    moving = heap[at]
    while at > top:
        parent = (at - 1) >> 1
        if moving < heap[parent]:
            heap[at] = heap[parent]
            at = parent
            continue
        break
    heap[at] = moving


def _settle(heap: list, at: int) -> None:
    """Sends heap[at] down to a leaf along the smaller children, then lets it rise back into place."""
    end, start, moving = len(heap), at, heap[at]
    child = 2 * at + 1
    while child < end:
        other = child + 1
        if other < end and not heap[child] < heap[other]:
            child = other
        heap[at] = heap[child]
        at = child
        child = 2 * at + 1
    heap[at] = moving
    _rise(heap, start, at)


def heappush(heap: list, item: object) -> None:
    heap += [item]
    _rise(heap, 0, len(heap) - 1)


def heappop(heap: list) -> object:
    last = heap.pop()
    if not heap:
        return last
    smallest, heap[0] = heap[0], last
    _settle(heap, 0)
    return smallest


def heapreplace(heap: list, item: object) -> object:
    smallest, heap[0] = heap[0], item
    _settle(heap, 0)
    return smallest


def heappushpop(heap: list, item: object) -> object:
    if not heap or not heap[0] < item:
        return item
    smallest, heap[0] = heap[0], item
    _settle(heap, 0)
    return smallest


def heapify(x: list) -> None:
    for at in range(len(x) // 2 - 1, -1, -1):
        _settle(x, at)


def nsmallest(n: int, iterable: object, key: object = None) -> list:
    return sorted(iterable, key=key)[:max(n, 0)]


def nlargest(n: int, iterable: object, key: object = None) -> list:
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]


def merge(*iterables, key: object = None, reverse: bool = False) -> "Iterator":
    """The inputs' items in order; equal items keep the order of the inputs they came from."""
    yield from sorted([item for part in iterables for item in part], key=key, reverse=reverse)
"""#
}
