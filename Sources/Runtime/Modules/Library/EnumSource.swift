/// The Python source of `enum`: members are made by `__init_subclass__` from the class body; the class hooks (`__class_iter__`, `__class_len__`, `__class_contains__`, `__class_repr__`, `__class_getitem__`) stand for EnumType's methods. IntEnum, StrEnum and IntFlag members compare, hash and format as their values.
enum EnumSource {
    static let text = #"""
class auto:
    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"


_SKIPPED_KINDS = ('function', 'property', 'classmethod', 'staticmethod', 'type', 'builtin_function_or_method')


def _is_member_entry(name, value):
    if name.startswith('__') or (name.startswith('_') and name.endswith('_')):
        return False
    if type(value).__name__ in _SKIPPED_KINDS or hasattr(type(value), '__get__'):
        return False
    return not callable(value) or isinstance(value, auto)


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
        ignored = cls.__dict__.get('_ignore_', [])
        if isinstance(ignored, str):
            ignored = ignored.replace(',', ' ').split()
        values = []
        for name, value in list(cls.__dict__.items()):
            if name in ignored or not _is_member_entry(name, value):
                continue
            if isinstance(value, auto):
                if value.value is None:
                    value.value = cls._generate_next_value_(name, 1, len(values), values[:])
                value = value.value
            values.append(value)
            cls._add_member_(name, value)
        for name in ignored:
            if name in cls.__dict__:
                delattr(cls, name)
        cls.__members__ = dict(cls._member_map_)

    @classmethod
    def _add_member_(cls, name, value):
        existing = cls._value2member_map_.get(value)
        if existing is not None:
            member = existing
        else:
            member = object.__new__(cls)
            member._value_ = value
            member._name_ = name
            init = cls.__dict__.get('__init__')
            for klass in cls.__mro__:
                if '__init__' in klass.__dict__:
                    init = klass.__dict__['__init__']
                    break
            if init is not None and init is not Enum.__dict__['__init__']:
                init(member, *(value if isinstance(value, tuple) else (value,)))
            cls._member_names_.append(name)
            cls._value2member_map_[value] = member
        cls._member_map_[name] = member
        setattr(cls, name, member)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    def __new__(cls, value):
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        found = cls._missing_(value)
        if isinstance(found, cls):
            return found
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @classmethod
    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @classmethod
    def __class_iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    @classmethod
    def __class_len__(cls):
        return len(cls._member_names_)

    @classmethod
    def __class_contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(member).__qualname__}' and 'EnumType'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    @classmethod
    def __class_repr__(cls):
        return f"<{cls._kind_} {cls.__name__!r}>"

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)


class _ValueMixin:
    """What IntEnum and StrEnum members share with their values: comparisons, hashing and arithmetic."""

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, Enum) else other)

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return self._value_ < _plain(other)

    def __le__(self, other):
        return self._value_ <= _plain(other)

    def __gt__(self, other):
        return self._value_ > _plain(other)

    def __ge__(self, other):
        return self._value_ >= _plain(other)

    def __hash__(self):
        return hash(self._value_)

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


def _plain(v):
    return v._value_ if isinstance(v, Enum) else v


def _arithmetic(op):
    def forward(self, other):
        return op(self._value_, _plain(other))

    def reflected(self, other):
        return op(_plain(other), self._value_)
    return forward, reflected


class ReprEnum(Enum):
    pass


class IntEnum(_ValueMixin, ReprEnum):
    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    __add__, __radd__ = _arithmetic(lambda a, b: a + b)
    __sub__, __rsub__ = _arithmetic(lambda a, b: a - b)
    __mul__, __rmul__ = _arithmetic(lambda a, b: a * b)
    __floordiv__, __rfloordiv__ = _arithmetic(lambda a, b: a // b)
    __truediv__, __rtruediv__ = _arithmetic(lambda a, b: a / b)
    __mod__, __rmod__ = _arithmetic(lambda a, b: a % b)


class StrEnum(_ValueMixin, ReprEnum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __add__(self, other):
        return self._value_ + other

    def __radd__(self, other):
        return other + self._value_

    def __len__(self):
        return len(self._value_)

    def lower(self):
        return self._value_.lower()

    def upper(self):
        return self._value_.upper()


class Flag(Enum):
    _kind_ = 'flag'

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        high = max(last_values)
        bit = 1
        while bit <= high:
            bit <<= 1
        return bit

    def __new__(cls, value):
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member
        everything = 0
        for m in cls._member_map_.values():
            everything |= m._value_
        if not isinstance(value, int) or value & ~everything:
            found = cls._missing_(value)
            if isinstance(found, cls):
                return found
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        pseudo = object.__new__(cls)
        pseudo._value_ = value
        parts = [m._name_ for m in _bits(cls, value)]
        pseudo._name_ = '|'.join(parts) if parts else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    @classmethod
    def __class_iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_ if _single_bit(cls._member_map_[n]._value_)])

    def __iter__(self):
        return iter(_bits(type(self), self._value_))

    def __len__(self):
        return len(_bits(type(self), self._value_))

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(other).__qualname__}' and "
                            f"'{type(self).__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        return type(self)(self._value_ | _plain(other))

    def __and__(self, other):
        return type(self)(self._value_ & _plain(other))

    def __xor__(self, other):
        return type(self)(self._value_ ^ _plain(other))

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __invert__(self):
        everything = 0
        for m in type(self):
            everything |= m._value_
        return type(self)(everything & ~self._value_)

    def __repr__(self):
        if self._name_ is None:
            return f"<{type(self).__name__}: {self._value_!r}>"
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        if self._name_ is None:
            return f"{type(self).__name__}({self._value_!r})"
        return f"{type(self).__name__}.{self._name_}"

    def __hash__(self):
        return hash(self._value_)


def _single_bit(value):
    return value > 0 and value & (value - 1) == 0


def _bits(cls, value):
    return [cls._member_map_[n] for n in cls._member_names_
            if _single_bit(cls._member_map_[n]._value_) and cls._member_map_[n]._value_ & value]


class IntFlag(_ValueMixin, Flag):
    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __str__(self):
        return str(self._value_)

    def __or__(self, other):
        return type(self)(self._value_ | _plain(other))

    def __and__(self, other):
        return type(self)(self._value_ & _plain(other))

    def __xor__(self, other):
        return type(self)(self._value_ ^ _plain(other))

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __hash__(self):
        return hash(self._value_)


def unique(enumeration):
    duplicates = [(name, member._name_) for name, member in enumeration._member_map_.items()
                  if name != member._name_]
    if duplicates:
        listed = ', '.join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {listed}")
    return enumeration
"""#
}
