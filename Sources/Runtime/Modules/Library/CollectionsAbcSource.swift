/// The Python source of `collections.abc`: the ABCs answer `isinstance` and `issubclass` through class hooks, by
/// the builtin types and native kinds that implement them or by the special methods a class defines.
enum CollectionsAbcSource {
    static let text = #"""
def _has(cls, *names):
    for wanted in names:
        for klass in cls.__mro__:
            if wanted in klass.__dict__:
                if klass.__dict__[wanted] is None:
                    return False
                break
        else:
            return False
    return True


_BUILTIN_KINDS = {
    'Hashable': (int, float, complex, str, tuple, frozenset, type(None), bool, type),
    'Iterable': (list, tuple, str, dict, set, frozenset, range),
    'Sized': (list, tuple, str, dict, set, frozenset, range),
    'Container': (list, tuple, str, dict, set, frozenset, range),
    'Collection': (list, tuple, str, dict, set, frozenset, range),
    'Reversible': (list, tuple, str, dict, range),
    'Sequence': (list, tuple, str, range),
    'MutableSequence': (list,),
    'Set': (set, frozenset),
    'MutableSet': (set,),
    'Mapping': (dict,),
    'MutableMapping': (dict,),
}
_NATIVE_KINDS = {
    'Iterator': ('list_iterator', 'tuple_iterator', 'str_iterator', 'str_ascii_iterator', 'dict_keyiterator',
                 'set_iterator', 'range_iterator', 'generator', 'list_reverseiterator', 'reversed', 'enumerate',
                 'zip', 'map', 'filter', 'iterator', 'dict_valueiterator', 'dict_itemiterator'),
    'Generator': ('generator',),
    'Coroutine': ('coroutine',),
    'Awaitable': ('coroutine', 'Future', 'Task'),
    'AsyncIterable': ('async_generator',),
    'AsyncIterator': ('async_generator',),
    'AsyncGenerator': ('async_generator',),
    'Callable': ('function', 'builtin_function_or_method', 'method', 'type'),
    'KeysView': ('dict_keys',),
    'ValuesView': ('dict_values',),
    'ItemsView': ('dict_items',),
    'MappingView': ('dict_keys', 'dict_values', 'dict_items'),
}
_KINDS_THAT_COUNT = {
    'Iterable': ('Iterator', 'Generator', 'KeysView', 'ValuesView', 'ItemsView', 'MappingView'),
    'Sized': ('KeysView', 'ValuesView', 'ItemsView', 'MappingView'),
    'Container': ('KeysView', 'ValuesView', 'ItemsView'),
    'Collection': ('KeysView', 'ValuesView', 'ItemsView'),
    'Reversible': ('KeysView', 'ValuesView', 'ItemsView'),
    'Set': ('KeysView', 'ItemsView'),
    'Hashable': ('ValuesView',),
    'Iterator': ('Generator',),
    'Awaitable': ('Coroutine',),
    'AsyncIterable': ('AsyncIterator', 'AsyncGenerator'),
    'AsyncIterator': ('AsyncGenerator',),
}


_REGISTERED = []


class _ABC:
    _methods = ()

    @classmethod
    def register(cls: "type[_ABC]", subclass: type) -> type:
        """Count `subclass` (and its subclasses) as a virtual subclass of this ABC and of the ABCs above it."""
        _REGISTERED.append((cls, subclass))
        return subclass

    @classmethod
    def __instancecheck__(cls: "type[_ABC]", instance):
        return cls.__subclasscheck__(type(instance))

    @classmethod
    def __subclasscheck__(cls: "type[_ABC]", subclass):
        if cls in subclass.__mro__:
            return True
        if any(cls in abc.__mro__ and virtual in subclass.__mro__ for abc, virtual in _REGISTERED):
            return True
        name = cls.__dict__.get('_abc_name')
        if not name:
            return False
        if name == 'Hashable' and issubclass(subclass, (list, dict, set)):
            return False
        if issubclass(subclass, _BUILTIN_KINDS.get(name, ())):
            return True
        kinds = (name,) + _KINDS_THAT_COUNT.get(name, ())
        for kind in kinds:
            for klass in subclass.__mro__:
                if klass.__name__ in _NATIVE_KINDS.get(kind, ()):
                    return True
        if name in _STRUCTURAL and subclass.__dict__.get('__class_iter__') is None:
            return _has(subclass, *cls._methods)
        return False


_STRUCTURAL = ('Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized', 'Container',
               'Collection', 'Callable', 'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator',
               'AsyncGenerator', 'Buffer')


def _abc(name, methods, *bases):
    made = type(name, bases or (_ABC,), {'_abc_name': name, '_methods': methods, '__module__': 'collections.abc'})
    return made


Hashable = _abc('Hashable', ('__hash__',))
Iterable = _abc('Iterable', ('__iter__',))
Iterator = _abc('Iterator', ('__iter__', '__next__'), Iterable)
Reversible = _abc('Reversible', ('__reversed__', '__iter__'), Iterable)
Generator = _abc('Generator', ('__iter__', '__next__', 'send', 'throw', 'close'), Iterator)
Sized = _abc('Sized', ('__len__',))
Container = _abc('Container', ('__contains__',))
Collection = _abc('Collection', ('__len__', '__iter__', '__contains__'), Sized, Iterable, Container)
Callable = _abc('Callable', ('__call__',))
Set = _abc('Set', (), Collection)
MutableSet = _abc('MutableSet', (), Set)
Mapping = _abc('Mapping', (), Collection)
MutableMapping = _abc('MutableMapping', (), Mapping)
MappingView = _abc('MappingView', (), Sized)
KeysView = _abc('KeysView', (), MappingView, Set)
ItemsView = _abc('ItemsView', (), MappingView, Set)
ValuesView = _abc('ValuesView', (), MappingView, Collection)
Sequence = _abc('Sequence', (), Reversible, Collection)
MutableSequence = _abc('MutableSequence', (), Sequence)
Awaitable = _abc('Awaitable', ('__await__',))
Coroutine = _abc('Coroutine', ('__await__', 'send', 'throw', 'close'), Awaitable)
AsyncIterable = _abc('AsyncIterable', ('__aiter__',))
AsyncIterator = _abc('AsyncIterator', ('__aiter__', '__anext__'), AsyncIterable)
AsyncGenerator = _abc('AsyncGenerator', ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'), AsyncIterator)
"""#
}
