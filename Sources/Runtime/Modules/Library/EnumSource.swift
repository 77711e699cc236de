/// The Python source of `enum`: members are made by `__init_subclass__` from the class body; the class hooks
/// (`__class_iter__`, `__class_len__`, `__class_contains__`, `__class_repr__`, `__class_getitem__`) stand for
/// EnumType's methods. IntEnum, StrEnum and IntFlag members are ints and strs (instances of builtin subclasses).
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
        mixin = getattr(cls, '_value_type_', None)
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
        if mixin is not None:
            _take_enum_dunders(cls, '_value_type_' in cls.__dict__)

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

    def __new__(cls: "type[Enum]", val, names=None, **options):
        if names is not None:
            return _functional(cls, val, names, **options)
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


def _functional(base, typename, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
    """`Enum('Color', 'RED GREEN')`: a new enum class whose members are named by a string, a list of names,
    a list of (name, value) pairs or a mapping."""
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, dict):
        pairs = list(names.items())
    elif names and isinstance(names[0], str):
        pairs, values = [], []
        for count, label in enumerate(names):
            values.append(base._generate_next_value_(label, start, count, values[:]))
            pairs.append((label, values[-1]))
    else:
        pairs = [tuple(pair) for pair in names]
    namespace = {'__module__': module or '__main__', **dict(pairs)}
    if qualname is not None:
        namespace['__qualname__'] = qualname
    bases = (base,) if type is None else (type, base)
    return _builtin_type(typename, bases, namespace)


_builtin_type = type


def _plain(v):
    return v._value_ if isinstance(v, Enum) else v


def _value_str(self) -> str:
    return str(self._value_)


def _value_format(self, spec) -> str:
    return format(self._value_, spec)


def _take_enum_dunders(cls, mixes_in):
    """What EnumType does for a class with a value type: Enum's (or Flag's) __new__, repr, str, format and
    operators win over the value type's; a ReprEnum shows members as their values in str() and format()."""
    own, is_flag = cls.__dict__, cls._kind_ == 'flag'
    if '__new__' not in own:
        cls.__new__ = (Flag if is_flag else Enum).__dict__['__new__']
    if not mixes_in:
        return
    enum_base = [b for b in cls.__bases__ if issubclass(b, Enum)][-1]
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if name not in own:
            setattr(cls, name, getattr(enum_base, name))
    if ReprEnum in cls.__bases__:
        if '__str__' not in own:
            cls.__str__ = _value_str
        if '__format__' not in own:
            cls.__format__ = _value_format
    if is_flag:
        for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
            if name not in own:
                setattr(cls, name, getattr(Flag, name))


class ReprEnum(Enum):
    """Enums whose members show as their values in str() and format()."""


class IntEnum(int, ReprEnum):
    """Members are ints: they compare, hash and compute as ints, and arithmetic gives plain ints."""


class StrEnum(str, ReprEnum):
    """Members are strs."""

    @staticmethod
    def _generate_next_value_(label, start, count, earlier):
        return label.lower()


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

    def __new__(cls: "type[Flag]", val, names=None, **options):
        if names is not None:
            return _functional(cls, val, names, **options)
        m = cls._value2member_map_.get(val, _NO_MEMBER)
        if m is not _NO_MEMBER:
            return m
        everything = 0
        for m in cls._member_map_.values():
            everything |= m._value_
        if not isinstance(val, int) or (val & ~everything and not issubclass(cls, int)):
            found = cls._missing_(val)
            if isinstance(found, cls):
                return found
            raise ValueError(f"{val!r} is not a valid {cls.__qualname__}")
        mixin = getattr(cls, '_value_type_', None)
        pseudo = object.__new__(cls) if mixin is None else mixin.__new__(cls, val)
        pseudo._value_ = val
        parts = [m._name_ for m in _bits(cls, val)]
        if parts and val & ~everything:
            parts.append(str(val & ~everything))
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


class IntFlag(int, ReprEnum, Flag):
    """Members are ints; combining them with each other or with ints gives members."""


def unique(enumeration: type) -> type:
    duplicates = [(label, m._name_) for label, m in enumeration._member_map_.items()
                  if label != m._name_]
    if duplicates:
        listed = ', '.join(f"{alias} -> {label}" for alias, label in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {listed}")
    return enumeration
"""#
}
