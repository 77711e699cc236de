/// The Python source of `enum`: members are made by `__init_subclass__` from the class body; the class hooks
/// (`__class_iter__`, `__class_len__`, `__class_contains__`, `__class_repr__`, `__class_getitem__`) stand for
/// EnumType's methods. IntEnum, StrEnum and IntFlag members compare, hash and format as their values.
enum EnumSource {
    static let text = #"""
_NO_MEMBER = object()


class auto:
    def __init__(self, val=None) -> None:
        self.value = val

    def __repr__(self: "auto") -> str:
        return f"auto({self.value!r})"


_SKIPPED_KINDS = ('function', 'property', 'classmethod', 'staticmethod', 'type', 'builtin_function_or_method')


def _is_member_entry(label, val):
    if label.startswith('__') or (label.startswith('_') and label.endswith('_')):
        return False
    if type(val).__name__ in _SKIPPED_KINDS or hasattr(type(val), '__get__'):
        return False
    return not callable(val) or isinstance(val, auto)


class Enum:
    _member_names_ = ()
    _member_map_ = {}
    _value2member_map_ = {}
    _kind_ = 'enum'

    def __init_subclass__(cls, **kwds):
        for base in cls.__mro__[1:]:
            if base.__dict__.get('_member_names_'):
                raise TypeError(f"{cls!r} cannot extend {base!r}")
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        mixin = cls.__dict__.get('_value_type_')
        if mixin is not None:
            _adopt_value_behaviour(cls, mixin)
        ignored = cls.__dict__.get('_ignore_', [])
        if isinstance(ignored, str):
            ignored = ignored.replace(',', ' ').split()
        values = []
        for label, val in list(cls.__dict__.items()):
            if label in ignored or not _is_member_entry(label, val):
                continue
            if isinstance(val, auto):
                if val.value is None:
                    val.value = cls._generate_next_value_(label, 1, len(values), values[:])
                val = val.value
            if mixin is not None and not isinstance(val, mixin):
                val = mixin(*val) if isinstance(val, tuple) else mixin(val)
            values.append(val)
            cls._add_member_(label, val)
        for label in ignored:
            if label in cls.__dict__:
                delattr(cls, label)
        cls.__members__ = dict(cls._member_map_)

    @classmethod
    def _add_member_(cls, label, val):
        m = cls._value2member_map_.get(val, _NO_MEMBER)
        if m is _NO_MEMBER:
            mixin = getattr(cls, '_value_type_', None)
            m = object.__new__(cls) if mixin is None else mixin.__new__(cls, val)
            m._value_ = val
            m._name_ = label
            init = cls.__dict__.get('__init__')
            for klass in cls.__mro__:
                if '__init__' in klass.__dict__:
                    init = klass.__dict__['__init__']
                    break
            if init is not None and init is not Enum.__dict__['__init__']:
                init(m, *(val if isinstance(val, tuple) else (val,)))
            cls._member_names_.append(label)
            cls._value2member_map_[val] = m
        cls._member_map_[label] = m
        setattr(cls, label, m)

    @staticmethod
    def _generate_next_value_(label, start, count, earlier):
        numbers = [v for v in earlier if isinstance(v, (int, float))]
        return numbers[-1] + 1 if numbers else start

    def __new__(cls: "type[Enum]", val):
        m = cls._value2member_map_.get(val, _NO_MEMBER)
        if m is not _NO_MEMBER:
            return m
        for m in cls._member_map_.values():
            if m._value_ == val:
                return m
        found = cls._missing_(val)
        if isinstance(found, cls):
            return found
        raise ValueError(f"{val!r} is not a valid {cls.__qualname__}")

    def __init__(self, *args, **kwds) -> None:
        pass

    @classmethod
    def _missing_(cls: "type[Enum]", val):
        return None

    @classmethod
    def __class_getitem__(cls, label):
        return cls._member_map_[label]

    @classmethod
    def __class_iter__(cls):
        return iter([cls._member_map_[label] for label in cls._member_names_])

    @classmethod
    def __class_len__(cls):
        return len(cls._member_names_)

    @classmethod
    def __class_contains__(cls, m):
        if not isinstance(m, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(m).__qualname__}' and 'EnumType'")
        return isinstance(m, cls) and m._name_ in cls._member_map_

    @classmethod
    def __class_repr__(cls):
        return f"<{cls._kind_} {cls.__name__!r}>"

    name = property(lambda self: self._name_, doc="The member's name.")
    value = property(lambda self: self._value_, doc="The member's value.")

    def __repr__(self: "Enum") -> str:
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self) -> str:
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self) -> int:
        return hash(self.name)

    def __copy__(self) -> "Enum":
        return self

    def __deepcopy__(self, memo: dict) -> "Enum":
        return self

    def __reduce_ex__(self: "Enum", proto):
        return self.__class__, (self._value_,)


class _ValueMixin:
    """What IntEnum and StrEnum members share with their values: comparisons, hashing and arithmetic."""

    def __eq__(self, rhs) -> bool:
        return self._value_ == (rhs._value_ if isinstance(rhs, Enum) else rhs)

    def __ne__(self, rhs) -> bool:
        return not self == rhs

    def __lt__(self, rhs) -> bool:
        return self._value_ < _plain(rhs)

    def __le__(self, rhs) -> bool:
        return self._value_ <= _plain(rhs)

    def __gt__(self, rhs) -> bool:
        return self._value_ > _plain(rhs)

    def __ge__(self, rhs) -> bool:
        return self._value_ >= _plain(rhs)

    def __hash__(self) -> int:
        return hash(self._value_)

    def __str__(self) -> str:
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


def _plain(v):
    return v._value_ if isinstance(v, Enum) else v


def _arithmetic(op):
    def forward(self, rhs):
        return op(self._value_, _plain(rhs))

    def reflected(self, rhs):
        return op(_plain(rhs), self._value_)
    return forward, reflected


class ReprEnum(Enum):
    """Enums whose members show as their values in str() and format()."""


class IntEnum(_ValueMixin, ReprEnum):
    __int__ = __index__ = lambda self: self._value_

    __add__, __radd__ = _arithmetic(lambda a, b: a + b)
    __sub__, __rsub__ = _arithmetic(lambda a, b: a - b)
    __mul__, __rmul__ = _arithmetic(lambda a, b: a * b)
    __floordiv__, __rfloordiv__ = _arithmetic(lambda a, b: a // b)
    __truediv__, __rtruediv__ = _arithmetic(lambda a, b: a / b)
    __mod__, __rmod__ = _arithmetic(lambda a, b: a % b)
    __neg__ = lambda self: -self._value_
    __pos__ = lambda self: +self._value_
    __abs__ = lambda self: abs(self._value_)
    __invert__ = lambda self: ~self._value_


class StrEnum(_ValueMixin, ReprEnum):
    @staticmethod
    def _generate_next_value_(label, start, count, earlier):
        return label.lower()

    def __add__(self: "StrEnum", rhs):
        return self._value_ + rhs

    def __radd__(self: "StrEnum", rhs):
        return rhs + self._value_

    def __len__(self: "StrEnum") -> int:
        return len(self._value_)

    def lower(self: "StrEnum"):
        return self._value_.lower()

    def upper(self: "StrEnum"):
        return self._value_.upper()


class Flag(Enum):
    _kind_ = 'flag'

    @staticmethod
    def _generate_next_value_(label, start, count, earlier):
        if not earlier:
            return start
        high = max(earlier)
        bit = 1
        while bit <= high:
            bit <<= 1
        return bit

    def __new__(cls: "type[Flag]", val):
        m = cls._value2member_map_.get(val, _NO_MEMBER)
        if m is not _NO_MEMBER:
            return m
        everything = 0
        for m in cls._member_map_.values():
            everything |= m._value_
        if not isinstance(val, int) or val & ~everything:
            found = cls._missing_(val)
            if isinstance(found, cls):
                return found
            raise ValueError(f"{val!r} is not a valid {cls.__qualname__}")
        pseudo = object.__new__(cls)
        pseudo._value_ = val
        parts = [m._name_ for m in _bits(cls, val)]
        pseudo._name_ = '|'.join(parts) if parts else None
        cls._value2member_map_[val] = pseudo
        return pseudo

    @classmethod
    def __class_iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_ if _single_bit(cls._member_map_[n]._value_)])

    def __iter__(self) -> 'Iterator':
        return iter(_bits(type(self), self._value_))

    def __len__(self: "Flag") -> int:
        return len(_bits(type(self), self._value_))

    def __contains__(self, rhs) -> bool:
        if not isinstance(rhs, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(rhs).__qualname__}' and "
                            f"'{type(self).__qualname__}'")
        return rhs._value_ & self._value_ == rhs._value_

    def __bool__(self) -> bool:
        return self._value_ != 0

    def __or__(self: "Flag", rhs):
        return type(self)(self._value_ | _plain(rhs))

    def __and__(self: "Flag", rhs):
        return type(self)(self._value_ & _plain(rhs))

    def __xor__(self: "Flag", rhs):
        return type(self)(self._value_ ^ _plain(rhs))

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __invert__(self: "Flag"):
        everything = 0
        for m in type(self):
            everything |= m._value_
        return type(self)(everything & ~self._value_)

    def __repr__(self: "Flag") -> str:
        if not self._name_:
            return f"<{type(self).__name__}: {self._value_!r}>"
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self) -> str:
        if not self._name_:
            return f"{type(self).__name__}({self._value_!r})"
        return f"{type(self).__name__}.{self._name_}"

    def __hash__(self) -> int:
        return hash(self._value_)


def _single_bit(val):
    return val > 0 and val & (val - 1) == 0


def _bits(cls, val):
    return [cls._member_map_[n] for n in cls._member_names_
            if _single_bit(cls._member_map_[n]._value_) and cls._member_map_[n]._value_ & val]


class IntFlag(_ValueMixin, Flag):
    __int__ = __index__ = lambda self: self._value_

    def __str__(self) -> str:
        return str(self._value_)

    def __or__(self: "IntFlag", rhs):
        return type(self)(self._value_ | _plain(rhs))

    def __and__(self: "IntFlag", rhs):
        return type(self)(self._value_ & _plain(rhs))

    def __xor__(self: "IntFlag", rhs):
        return type(self)(self._value_ ^ _plain(rhs))

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __hash__(self) -> int:
        return hash(self._value_)


def unique(enumeration: type) -> type:
    duplicates = [(label, m._name_) for label, m in enumeration._member_map_.items()
                  if label != m._name_]
    if duplicates:
        listed = ', '.join(f"{alias} -> {label}" for alias, label in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {listed}")
    return enumeration



class _MixedIn:
    """What members of `class C(str, Enum)` or `class N(int, Enum)` do as their values do."""

    def __eq__(self, rhs: object) -> bool:
        return self._value_ == _plain(rhs)

    def __ne__(self, rhs: object) -> bool:
        return self._value_ != _plain(rhs)

    def __lt__(self, rhs: object) -> bool:
        return self._value_ < _plain(rhs)

    def __le__(self, rhs: object) -> bool:
        return self._value_ <= _plain(rhs)

    def __gt__(self, rhs: object) -> bool:
        return self._value_ > _plain(rhs)

    def __ge__(self, rhs: object) -> bool:
        return self._value_ >= _plain(rhs)

    def __hash__(self: "_MixedIn") -> int:
        return hash(self._value_)

    def __getattr__(self, attribute: str) -> object:
        if attribute.startswith('_'):
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{attribute}'")
        return getattr(self._value_, attribute)

    def __len__(self: "_MixedIn") -> int:
        return len(self._value_)

    def __getitem__(self, index: object) -> object:
        return self._value_[index]

    def __contains__(self, item: object) -> bool:
        return item in self._value_

    def __int__(self: "_MixedIn") -> int:
        return int(self._value_)

    def __float__(self: "_MixedIn") -> float:
        return float(self._value_)

    def __index__(self: "_MixedIn") -> int:
        return self._value_.__index__() if not isinstance(self._value_, int) else self._value_

    __add__, __radd__ = _arithmetic(lambda a, b: a + b)
    __sub__, __rsub__ = _arithmetic(lambda a, b: a - b)
    __mul__, __rmul__ = _arithmetic(lambda a, b: a * b)
    __truediv__, __rtruediv__ = _arithmetic(lambda a, b: a / b)
    __floordiv__, __rfloordiv__ = _arithmetic(lambda a, b: a // b)
    __mod__, __rmod__ = _arithmetic(lambda a, b: a % b)


def _adopt_value_behaviour(cls: type, mixin: type) -> None:
    for attribute, method in _MixedIn.__dict__.items():
        if callable(method) and attribute not in cls.__dict__ and attribute not in ('__init__', '__repr__'):
            setattr(cls, attribute, method)
"""#
}
