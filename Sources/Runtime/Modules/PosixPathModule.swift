/// `os.path` (CPython's `posixpath`): the functions that only take strings apart and put them
/// together; none of them looks at a file system (asyncviz scenarios have none).
enum PosixPathModule {
    static let exported = [
        "sep", "curdir", "pardir", "extsep", "altsep", "pathsep", "devnull",
        "join", "split", "basename", "dirname", "splitext", "normpath", "isabs", "commonprefix",
        "commonpath", "normcase", "splitdrive",
    ]

    static func make(_ vm: VM) throws -> PyModule {
        let module = PyModule(name: "posixpath")
        try LibraryCode.load("posixpath", path: "<asyncviz>/posixpath.py", text: source, natives: [:],
                             exported: exported, into: module, vm: vm)
        return module
    }

    static let source = #"""
sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
devnull = "/dev/null"


def _text(value):
    if isinstance(value, str):
        return value
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(value).__name__)


def _cut(path):
    """The index just past the last separator: the name starts there."""
    return path.rfind("/") + 1


def _trim_head(head):
    """A head keeps its separators only when it is nothing but separators (the root)."""
    bare = head.rstrip("/")
    return bare if bare else head


def isabs(s):
    return _text(s).startswith("/")


def join(first, *more):
    result = _text(first)
    for piece in more:
        if not isinstance(piece, str):
            kind = type(piece).__name__
            raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'" % kind)
        if piece.startswith("/"):
            result = piece
        elif result == "" or result.endswith("/"):
            result = result + piece
        else:
            result = result + "/" + piece
    return result


def split(p):
    p = _text(p)
    at = _cut(p)
    return _trim_head(p[:at]), p[at:]


def basename(path):
    path = _text(path)
    return path[_cut(path):]


def dirname(p):
    p = _text(p)
    return _trim_head(p[:_cut(p)])


def splitext(path):
    path = _text(path)
    name_start = _cut(path)
    dot = path.rfind(".")
    if dot <= name_start or path[name_start:dot].strip(".") == "":
        return path, ""
    return path[:dot], path[dot:]


def normpath(text):
    text = _text(text)
    if text == "":
        return "."
    slashes = len(text) - len(text.lstrip("/"))
    root = "//" if slashes == 2 else ("/" if slashes else "")
    kept = []
    for part in text.split("/"):
        if part == "" or part == ".":
            continue
        if part == ".." and kept and kept[-1] != "..":
            kept.pop()
        elif part == ".." and root:
            continue
        else:
            kept.append(part)
    return (root + "/".join(kept)) or "."


def commonprefix(paths):
    if not paths:
        return ""
    low, high = min(paths), max(paths)
    n = 0
    while n < len(low) and n < len(high) and low[n] == high[n]:
        n += 1
    return low[:n]


def commonpath(paths):
    paths = [_text(p) for p in paths]
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    rooted = {p.startswith("/") for p in paths}
    if len(rooted) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split = [[part for part in p.split("/") if part and part != "."] for p in paths]
    shared = []
    for parts in zip(*split):
        if any(part != parts[0] for part in parts):
            break
        shared.append(parts[0])
    return ("/" if rooted.pop() else "") + "/".join(shared)


def normcase(text):
    return _text(text)


def splitdrive(text):
    return text[:0], _text(text)
"""#
}
