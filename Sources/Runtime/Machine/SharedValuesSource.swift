/// `Value` and `Array` of `multiprocessing`: C numbers in simulated shared
/// memory. One object is seen by every simulated process; integer codes wrap
/// to their C width as ctypes does, and the synchronized wrappers take their
/// lock around each read and write of `.value` or an element.
enum SharedValuesSource {
    static let text = #"""


_C_NAMES = {
    'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short', 'H': 'c_ushort', 'i': 'c_int', 'I': 'c_uint',
    'l': 'c_long', 'L': 'c_ulong', 'q': 'c_longlong', 'Q': 'c_ulonglong', 'f': 'c_float', 'd': 'c_double',
}
_C_BITS = {'b': 8, 'B': 8, 'h': 16, 'H': 16, 'i': 32, 'I': 32, 'l': 64, 'L': 64, 'q': 64, 'Q': 64}


def _c_code(typecode: object) -> str:
    if not isinstance(typecode, str) or typecode not in _C_NAMES:
        raise TypeError("this type has no size")
    return typecode


def _c_number(code: str, number: object) -> object:
    if code in ('f', 'd'):
        if not isinstance(number, (int, float)):
            raise TypeError(f"must be real number, not {type(number).__name__}")
        return float(number)
    if not isinstance(number, int):
        raise TypeError(f"'{type(number).__name__}' object cannot be interpreted as an integer")
    bits = _C_BITS[code]
    number = int(number) % (1 << bits)
    if code.islower() and number >= 1 << (bits - 1):
        number -= 1 << bits
    return number


class _CValue:
    def __init__(self, code: str, number: object) -> None:
        self._code = code
        self._number = _c_number(code, number)

    @property
    def value(self) -> object:
        return self._number

    @value.setter
    def value(self, number: object) -> None:
        self._number = _c_number(self._code, number)

    def __repr__(self) -> str:
        return f"{_C_NAMES[self._code]}({self.value!r})"


class _CArray:
    def __init__(self, code: str, items: list) -> None:
        self._code = code
        self._items = [_c_number(code, item) for item in items]

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: object) -> object:
        return self._items[index]

    def __setitem__(self, spot: object, number: object) -> None:
        if not isinstance(spot, slice):
            self._items[spot] = _c_number(self._code, number)
            return
        numbers = [_c_number(self._code, item) for item in number]
        if len(numbers) != len(self._items[spot]):
            raise ValueError("Can only assign sequence of same size")
        self._items[spot] = numbers

    def __repr__(self) -> str:
        name = f"{_C_NAMES[self._code]}_Array_{len(self._items)}"
        return f"<multiprocessing.sharedctypes.{name} object at {_address(self)}>"


def _shared_lock(lock: object, ctx: object) -> object:
    if lock is True or lock is None:
        return RLock(ctx=ctx)
    if getattr(lock, 'acquire', None) is None:
        raise AttributeError(f"{lock!r} has no method 'acquire'")
    return lock


class Synchronized:
    __module__ = 'multiprocessing.sharedctypes'

    def __init__(self, shared: object, guard: object) -> None:
        self._shared, self._guard = shared, guard
        self.acquire, self.release = guard.acquire, guard.release
        self._made_by = getattr(guard, '_made_by', None)

    def __enter__(self) -> bool:
        return self._guard.__enter__()

    def __exit__(self, *exc_info: object) -> None:
        return self._guard.__exit__(*exc_info)

    def get_obj(self) -> object:
        return self._shared

    def get_lock(self) -> object:
        return self._guard

    def __repr__(self) -> str:
        return f"<{type(self).__name__} wrapper for {self._shared!r}>"

    @property
    def value(self) -> object:
        with self._guard:
            return self._shared.value

    @value.setter
    def value(self, number: object) -> None:
        with self._guard:
            self._shared.value = number


class SynchronizedArray(Synchronized):
    __module__ = 'multiprocessing.sharedctypes'

    def __len__(self) -> int:
        return len(self._shared)

    def __getitem__(self, index: object) -> object:
        with self._guard:
            return self._shared[index]

    def __setitem__(self, index: object, number: object) -> None:
        with self._guard:
            self._shared[index] = number

    def __iter__(self) -> object:
        with self._guard:
            return iter(list(self._shared._items))


def Value(typecode_or_type: object, *initial: object, lock: object = True, ctx: object = None) -> object:
    code = _c_code(typecode_or_type)
    if len(initial) > 1:
        raise TypeError(f"{_C_NAMES[code]} takes at most 1 argument ({len(initial)} given)")
    number = _CValue(code, initial[0] if initial else 0)
    return number if lock is False else Synchronized(number, _shared_lock(lock, ctx))


def Array(typecode_or_type: object, size_or_initializer: object, *, lock: object = True,
          ctx: object = None) -> object:
    code = _c_code(typecode_or_type)
    given = size_or_initializer
    numbers = _CArray(code, [0] * given if isinstance(given, int) else list(given))
    return numbers if lock is False else SynchronizedArray(numbers, _shared_lock(lock, ctx))


def RawValue(typecode_or_type: object, *args: object) -> object:
    return Value(typecode_or_type, *args, lock=False)


def RawArray(typecode_or_type: object, size_or_initializer: object) -> object:
    return Array(typecode_or_type, size_or_initializer, lock=False)
"""#
}
