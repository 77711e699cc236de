/// `multiprocessing.Manager` and `multiprocessing.managers`, written for asyncviz. A manager's objects live
/// "in the manager": every process reaches them through proxies whose calls are pickled on the way in and the
/// result on the way out, at pickling's cost, as CPython's calls to its manager's server are. Simulated
/// processes share one interpreter, so the call runs in the calling thread, on the one referent; a proxy
/// crosses a process boundary as itself. `register` builds custom managers the same way.
enum ManagerSource {
    static let text = #"""


class BaseProxy:
    __module__ = 'multiprocessing.managers'

    def __init__(self, referent: object, typeid: str, manager: object) -> None:
        object.__setattr__(self, '_referent', referent)
        object.__setattr__(self, '_typeid', typeid)
        object.__setattr__(self, '_manager', manager)

    def _callmethod(self, methodname: str, args: tuple = (), kwds: dict = {}) -> object:
        if self._manager._state != 'started':
            raise BrokenPipeError(32, 'Broken pipe')
        sent_args, sent_kwds = _unpickle(_pickle((args, kwds), "call"))
        answer = getattr(self._referent, methodname)(*sent_args, **sent_kwds)
        if answer is self._referent:
            return self
        return _unpickle(_pickle(answer, "result"))

    def _getvalue(self) -> object:
        return _unpickle(_pickle(self._referent, "result"))

    __repr__ = lambda self: f"<{type(self).__name__} object, typeid {self._typeid!r} at {_address(self)}>"
    __str__ = lambda self: self._callmethod(methodname='__repr__')


def _forwarding(method: str) -> object:
    def forward(self, *args: object, **kwds: object) -> object:
        return self._callmethod(method, args, kwds)
    forward.__name__ = method
    return forward


def _proxy_type(name: str, exposed: object, base: type = BaseProxy) -> type:
    namespace = {'__module__': 'multiprocessing.managers'}
    for method in exposed:
        namespace[method] = _forwarding(method)
    return type(name, (base,), namespace)


class _AcquirerMixin:
    def __enter__(self) -> bool:
        return self._callmethod(methodname='acquire')

    def __exit__(self, *exc_info: object) -> None:
        self._callmethod('release')


class _Listed:
    def items(self) -> list:
        return self._callmethod('_listed', ('items',))

    def keys(self) -> list:
        return self._callmethod('_listed', ('keys',))

    def values(self) -> list:
        return self._callmethod('_listed', ('values',))

    def __iter__(self) -> object:
        return iter(self._callmethod('_listed', ('keys',)))


class _ManagedDict(dict):
    def _listed(self, view: str) -> list:
        return list(getattr(self, view)())

    def copy(self) -> dict:
        return {**self}


class _Growing:
    def __iadd__(self, other: object) -> object:
        self._callmethod('extend', (other,))
        return self

    def __imul__(self, times: int) -> object:
        self._callmethod('__imul__', (times,))
        return self

    def __reversed__(self) -> object:
        return reversed(self._callmethod('__getitem__', (slice(None),)))


_dict_methods = ('__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'clear', 'copy', 'get',
                 'pop', 'popitem', 'setdefault', 'update')
_list_methods = ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__',
                 '__rmul__', '__setitem__', 'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove',
                 'reverse', 'sort')
DictProxy = _proxy_type('DictProxy', _dict_methods, type('BaseDictProxy', (_Listed, BaseProxy), {}))
ListProxy = _proxy_type('ListProxy', _list_methods, type('BaseListProxy', (_Growing, BaseProxy), {}))
AcquirerProxy = _proxy_type('AcquirerProxy', ('acquire', 'release'),
                            type('BaseAcquirerProxy', (_AcquirerMixin, BaseProxy), {}))
EventProxy = _proxy_type('EventProxy', ('is_set', 'set', 'clear', 'wait'))
BarrierProxy = _proxy_type('BarrierProxy', ('__getattribute__', 'wait', 'abort', 'reset'))
ArrayProxy = _proxy_type('ArrayProxy', ('__len__', '__getitem__', '__setitem__'))


class ConditionProxy(_proxy_type('BaseConditionProxy', ('acquire', 'release', 'wait', 'notify', 'notify_all'),
                                 type('BaseAcquirer', (_AcquirerMixin, BaseProxy), {}))):
    __module__ = 'multiprocessing.managers'

    def wait_for(self, predicate: object, timeout: float | None = None) -> object:
        deadline = None if timeout is None else _monotonic() + timeout
        while True:
            satisfied = predicate()
            left = None if deadline is None else deadline - _monotonic()
            if satisfied or (left is not None and left <= 0):
                return satisfied
            self.wait(left)


for _name in ('parties', 'n_waiting', 'broken'):
    setattr(BarrierProxy, _name, property(lambda self, name=_name: self._callmethod('__getattribute__', (name,))))


class NamespaceProxy(BaseProxy):
    __module__ = 'multiprocessing.managers'

    def __getattr__(self, name: str) -> object:
        if name.startswith('_'):
            return object.__getattribute__(self, name)
        return self._callmethod('__getattribute__', (name,))

    def __setattr__(self, name: str, value: object) -> None:
        if name.startswith('_'):
            object.__setattr__(self, name, value)
        else:
            self._callmethod('__setattr__', (name, value))

    def __delattr__(self, name: str) -> None:
        if name.startswith('_'):
            object.__delattr__(self, name)
        else:
            self._callmethod('__delattr__', (name,))


class ValueProxy(BaseProxy):
    __module__ = 'multiprocessing.managers'

    def get(self) -> object:
        return self._callmethod(methodname='get')

    def set(self, new: object) -> None:
        self._callmethod('set', (new,))

    @property
    def value(self) -> object:
        return self.get()

    @value.setter
    def value(self, new: object) -> None:
        self.set(new)


class Namespace:
    __module__ = 'multiprocessing.managers'

    def __init__(self, **kwds: object) -> None:
        for name, given in kwds.items():
            setattr(self, name, given)

    __repr__ = lambda self: f"{type(self).__name__}(" + ', '.join(
        sorted(f"{name}={given!r}" for name, given in vars(self).items() if not name.startswith('_'))) + ")"


class _ManagedValue:
    __module__ = 'multiprocessing.managers'

    def __init__(self, typecode: object, value: object, lock: bool = True) -> None:
        self._code, self._held = typecode, value

    def get(self) -> object:
        return self._held

    def set(self, new: object) -> None:
        self._held = new

    __repr__ = lambda self: f"Value({self._code!r}, {self._held!r})"
    value = property(lambda self: self._held, set)


class _ManagedArray(list):
    def __init__(self, typecode: str, sequence: object) -> None:
        super().__init__(sequence)
        self._code = typecode

    __repr__ = lambda self: f"array({self._code!r}, {list(self)!r})"


def _auto_proxy_type(typeid: str, referent: object) -> type:
    exposed = [name for name in dir(referent) if not name.startswith('_') and callable(getattr(referent, name))]
    return _proxy_type(f"AutoProxy[{typeid}]", exposed)


class BaseManager:
    __module__ = 'multiprocessing.managers'
    _registry = {}
    _servers = 0

    def __init__(self, address: object = None, authkey: object = None, serializer: str = 'pickle',
                 ctx: object = None, *, shutdown_timeout: float = 1.0) -> None:
        self._state = 'initial'
        self._where = address

    @property
    def address(self) -> object:
        return self._where

    def start(self, initializer: object = None, initargs: tuple = ()) -> None:
        if self._state == 'started':
            raise ProcessError("Already started server")
        if self._state == 'shutdown':
            raise ProcessError("Manager has shut down")
        number = _next_identity()
        BaseManager._servers += 1
        self._where = self._where or f"/tmp/pymp-asyncviz/listener-{BaseManager._servers}"
        self._label = f"{type(self).__name__}-{number}"
        self._state = 'started'
        if callable(initializer):
            initializer(*tuple(initargs))

    def connect(self) -> None:
        self._state = 'started'

    def shutdown(self) -> None:
        if self._state == 'started':
            self._state = 'shutdown'

    def join(self, timeout: float | None = None) -> None:
        return None

    def __enter__(self) -> object:
        if self._state == 'initial':
            self.start()
        if self._state != 'started':
            raise ProcessError("Unable to start server")
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.shutdown()

    def _create(self, typeid: str, *args: object, **kwds: object) -> object:
        if self._state != 'started':
            raise AssertionError("server not yet started")
        make, proxytype = type(self)._registry[typeid]
        referent = make(*args, **kwds)
        return (proxytype or _auto_proxy_type(typeid, referent))(referent, typeid, self)

    @classmethod
    def register(cls, typeid: str, callable: object = None, proxytype: object = None, exposed: object = None,
                 method_to_typeid: object = None, create_method: bool = True) -> None:
        if '_registry' not in vars(cls):
            cls._registry = dict(cls._registry)
        if exposed is not None:
            proxytype = _proxy_type(f"AutoProxy[{typeid}]", exposed, proxytype or BaseProxy)
        cls._registry[typeid] = (callable, proxytype)
        if not create_method:
            return

        def create(self, *args: object, **kwds: object) -> object:
            return self._create(typeid, *args, **kwds)
        create.__name__ = typeid
        setattr(cls, typeid, create)


class SyncManager(BaseManager):
    __module__ = 'multiprocessing.managers'


for _typeid, _make, _proxy in [
        ('Queue', _ThreadQueue, None), ('JoinableQueue', _ThreadQueue, None), ('Event', _ThreadEvent, EventProxy),
        ('Lock', _allocate_lock, AcquirerProxy), ('RLock', _ThreadRLock, AcquirerProxy),
        ('Semaphore', _ThreadSemaphore, AcquirerProxy), ('BoundedSemaphore', _ThreadBoundedSemaphore, AcquirerProxy),
        ('Condition', _ThreadCondition, ConditionProxy), ('Barrier', _ThreadBarrier, BarrierProxy),
        ('dict', _ManagedDict, DictProxy), ('list', list, ListProxy), ('Namespace', Namespace, NamespaceProxy),
        ('Value', _ManagedValue, ValueProxy), ('Array', _ManagedArray, ArrayProxy)]:
    SyncManager.register(_typeid, _make, _proxy)


def Manager() -> object:
    manager = SyncManager()
    manager.start()
    return manager


BaseContext.Manager = staticmethod(Manager)
"""#
}
