/// The Python source of `contextlib`: generator-based context managers (sync and async), suppress, closing,
/// aclosing, nullcontext, redirect_stdout / redirect_stderr (which replace `sys.stdout` / `sys.stderr`), and
/// ExitStack / AsyncExitStack unwinding their callbacks last in, first out with CPython's exception chaining.
enum ContextlibSource {
    static let text = #"""
class AbstractContextManager:
    def __enter__(self) -> object:
        return self

    def __exit__(self, kind: type, error: BaseException, tb: object) -> bool:
        return None


class AbstractAsyncContextManager:
    async def __aenter__(self) -> object:
        return self

    async def __aexit__(self, kind: type, error: BaseException, tb: object) -> bool:
        return None


def _named_like(wrapper: object, original: object) -> object:
    for attribute in ('__module__', '__name__', '__qualname__', '__doc__'):
        if hasattr(original, attribute):
            setattr(wrapper, attribute, getattr(original, attribute))
    wrapper.__wrapped__ = original
    return wrapper


class ContextDecorator:
    def _fresh(self) -> object:
        return self

    def __call__(self, decorated: object) -> object:
        def run_inside(*positional, **named):
            with self._fresh():
                return decorated(*positional, **named)
        return _named_like(run_inside, decorated)


class _GeneratorContextManager(ContextDecorator):
    def __init__(self, factory: object, positional: tuple, named: dict) -> None:
        self._recipe = (factory, positional, named)
        self.gen = factory(*positional, **named)

    def _fresh(self) -> object:
        return type(self)(*self._recipe)

    def __enter__(self) -> object:
        for first in self.gen:
            return first
        raise RuntimeError("generator didn't yield")

    def __exit__(self, kind: type, error: BaseException, tb: object) -> bool:
        if kind is None:
            for _ in self.gen:
                raise RuntimeError("generator didn't stop")
            return False
        error = kind() if error is None else error
        try:
            self.gen.throw(error)
        except StopIteration as finished:
            return finished is not error
        except BaseException as raised:
            if raised is error or (isinstance(error, StopIteration) and raised.__cause__ is error):
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager:
    def __init__(self, factory: object, positional: tuple, named: dict) -> None:
        self.gen = factory(*positional, **named)

    async def __aenter__(self) -> object:
        async for first in self.gen:
            return first
        raise RuntimeError("generator didn't yield")

    async def __aexit__(self, kind: type, error: BaseException, tb: object) -> bool:
        if kind is None:
            async for _ in self.gen:
                raise RuntimeError("generator didn't stop")
            return False
        error = kind() if error is None else error
        try:
            await self.gen.athrow(error)
        except StopAsyncIteration as finished:
            return finished is not error
        except BaseException as raised:
            if raised is error:
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(generator_function: object) -> object:
    def make(*positional, **named):
        return _GeneratorContextManager(generator_function, positional, named)
    return _named_like(make, generator_function)


def asynccontextmanager(generator_function: object) -> object:
    def make(*positional, **named):
        return _AsyncGeneratorContextManager(generator_function, positional, named)
    return _named_like(make, generator_function)


class suppress:
    def __init__(self, *kinds: type) -> None:
        self._kinds = kinds

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type, error: BaseException, tb: object) -> bool:
        return kind is not None and issubclass(kind, self._kinds)


class closing:
    def __init__(self, resource: object) -> None:
        self._resource = resource

    def __enter__(self) -> object:
        return self._resource

    def __exit__(self, *details) -> bool:
        self._resource.close()


class aclosing:
    def __init__(self, resource: object) -> None:
        self._resource = resource

    async def __aenter__(self) -> object:
        return self._resource

    async def __aexit__(self, *details) -> bool:
        await self._resource.aclose()


class nullcontext:
    def __init__(self, enter_result: object = None) -> None:
        self._result = enter_result

    def __enter__(self) -> object:
        return self._result

    def __exit__(self, *details) -> bool:
        return None

    async def __aenter__(self) -> object:
        return self._result

    async def __aexit__(self, *details) -> bool:
        return None


def _protocol(manager: object, enter_name: str, exit_name: str, what: str) -> tuple:
    kind = type(manager)
    enter, leave = getattr(kind, enter_name, None), getattr(kind, exit_name, None)
    if enter is None or leave is None:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support the {what} protocol")
    return enter, leave


def _chain_onto(newest: BaseException, previous: BaseException) -> None:
    link = newest
    while link.__context__ is not None and link.__context__ is not previous:
        link = link.__context__
    link.__context__ = previous


class _ExitCallbacks:
    """Exit callbacks, each tagged with whether it is called (True) or awaited (False), unwound last first."""

    def __init__(self) -> None:
        self._callbacks = []

    def pop_all(self) -> object:
        successor = type(self)()
        successor._callbacks, self._callbacks = self._callbacks, []
        return successor

    def push(self, exit: object) -> object:
        leave = getattr(type(exit), '__exit__', None)
        self._callbacks.append((True, exit if leave is None else (lambda *d: leave(exit, *d))))
        return exit

    def enter_context(self, cm: object) -> object:
        enter, leave = _protocol(cm, '__enter__', '__exit__', 'context manager')
        entered = enter(cm)
        self._callbacks.append((True, lambda *d: leave(cm, *d)))
        return entered

    def callback(self, callback: object, /, *positional, **named) -> object:
        def on_exit(*details):
            callback(*positional, **named)
        on_exit.__wrapped__ = callback
        self._callbacks.append((True, on_exit))
        return callback

    def _unwinding(self, details: tuple) -> "Generator":
        """Runs the callbacks; yields what an asynchronous one returns and is sent its awaited result."""
        had_error = details[0] is not None
        suppressed = reraise = False
        while self._callbacks:
            synchronous, step = self._callbacks.pop()
            try:
                handled = step(*details)
                if not synchronous:
                    handled = yield handled
            except BaseException as newer:
                if details[1] is not None and newer is not details[1]:
                    _chain_onto(newer, details[1])
                reraise = True
                details = (type(newer), newer, None)
                continue
            if handled:
                suppressed, reraise = True, False
                details = (None, None, None)
        if reraise:
            raise details[1]
        return had_error and suppressed


class ExitStack(_ExitCallbacks):
    def __enter__(self) -> object:
        return self

    def __exit__(self, *details) -> bool:
        return _finish(self._unwinding(details))

    def close(self) -> None:
        _finish(self._unwinding((None, None, None)))


def _finish(steps: "Generator") -> bool:
    try:
        steps.send(None)
    except StopIteration as done:
        return done.value
    raise RuntimeError("an ExitStack cannot await its callbacks")


class AsyncExitStack(_ExitCallbacks):
    async def __aenter__(self) -> object:
        return self

    async def enter_async_context(self, cm: object) -> object:
        enter, leave = _protocol(cm, '__aenter__', '__aexit__', 'asynchronous context manager')
        entered = await enter(cm)
        self._callbacks.append((False, lambda *d: leave(cm, *d)))
        return entered

    def push_async_exit(self, exit: object) -> object:
        leave = getattr(type(exit), '__aexit__', None)
        self._callbacks.append((False, exit if leave is None else (lambda *d: leave(exit, *d))))
        return exit

    def push_async_callback(self, callback: object, /, *positional, **named) -> object:
        async def on_exit(*details):
            await callback(*positional, **named)
        on_exit.__wrapped__ = callback
        self._callbacks.append((False, on_exit))
        return callback

    async def aclose(self) -> None:
        await self._drive(self._unwinding((None, None, None)))

    async def __aexit__(self, *details) -> bool:
        return await self._drive(self._unwinding(details))

    @staticmethod
    async def _drive(steps: "Generator") -> bool:
        outcome, failure = None, None
        while True:
            try:
                pending = steps.send(outcome) if failure is None else steps.throw(failure)
            except StopIteration as done:
                return done.value
            try:
                outcome, failure = await pending, None
            except BaseException as raised:
                outcome, failure = None, raised


class _RedirectStream:
    """Replaces `sys.<stream>` by a target within the with-block (nested uses restore in turn)."""

    def __init__(self, new_target: object) -> None:
        self._target = new_target
        self._saved = []

    def __enter__(self) -> object:
        self._saved.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._target)
        return self._target

    def __exit__(self, *details) -> None:
        setattr(_sys, self._stream, self._saved.pop())


class redirect_stdout(_RedirectStream, AbstractContextManager):
    _stream = 'stdout'


class redirect_stderr(_RedirectStream, AbstractContextManager):
    _stream = 'stderr'
"""#
}
