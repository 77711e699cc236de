/// The Python source of `abc`: ABC records the abstract methods a class leaves unimplemented in
/// `__abstractmethods__` (instantiation refuses them natively, with CPython's message) and keeps register()ed
/// virtual subclasses for isinstance and issubclass; the deprecated `abstract…` decorators and
/// `update_abstractmethods` are there too.
enum AbcSource {
    static let text = #"""
def abstractmethod(method: object) -> object:
    method.__isabstractmethod__ = True
    return method


def _is_abstract(entry: object) -> bool:
    if isinstance(entry, (classmethod, staticmethod)):
        entry = entry.__func__
    if isinstance(entry, property):
        entry = entry.fget
    return getattr(entry, '__isabstractmethod__', False) is True


class ABC:
    """Refuses instances while abstract methods are left unimplemented; register() adds virtual subclasses."""
    __slots__ = ()
    _abc_virtual = ()

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        _note_abstract_methods(cls)

    @classmethod
    def register(cls, subclass: type) -> type:
        cls._abc_virtual.append(subclass)
        return subclass

    @classmethod
    def __instancecheck__(cls, instance: object) -> bool:
        return cls.__subclasscheck__(type(instance))

    @classmethod
    def __subclasscheck__(cls, subclass: type) -> bool:
        if cls in subclass.__mro__:
            return True
        for virtual in cls._abc_virtual:
            if virtual in subclass.__mro__:
                return True
        return False


def _note_abstract_methods(cls: type) -> None:
    # The methods left abstract, its own and its bases', which instantiation refuses.
    pending = {name for name, entry in cls.__dict__.items() if _is_abstract(entry)}
    for base in cls.__mro__[1:]:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                pending.add(name)
    cls.__abstractmethods__ = frozenset(pending)
    cls._abc_virtual = []


class ABCMeta(type):
    """The metaclass form of ABC: `class Base(metaclass=ABCMeta)` refuses instances while methods are abstract."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _note_abstract_methods(cls)
        return cls

    def register(cls, subclass: type) -> type:
        cls._abc_virtual.append(subclass)
        return subclass


def get_cache_token() -> int:
    return 0


def update_abstractmethods(cls: type) -> type:
    """Recompute `__abstractmethods__` after methods were added to or replaced on a class."""
    if hasattr(cls, '__abstractmethods__'):
        virtual = getattr(cls, '_abc_virtual', [])
        _note_abstract_methods(cls)
        cls._abc_virtual = virtual
    return cls


def abstractclassmethod(callable: object) -> classmethod:
    """Deprecated spelling of `@classmethod` over `@abstractmethod`."""
    return classmethod(abstractmethod(callable))


def abstractstaticmethod(callable: object) -> staticmethod:
    """Deprecated spelling of `@staticmethod` over `@abstractmethod`."""
    return staticmethod(abstractmethod(callable))


def abstractproperty(fget: object = None, fset: object = None, fdel: object = None, doc: object = None) -> property:
    """Deprecated spelling of `@property` over `@abstractmethod`."""
    return property(abstractmethod(fget), fset, fdel, doc)
"""#
}
