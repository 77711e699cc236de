extension AsyncioLibrarySource {
    /// `Runner`: one loop for several `run` calls, made on first use and shut down by `close` (or at the
    /// end of a `with` block) as `asyncio.run` shuts its loop down.
    static let runner = #"""
class Runner:
    __module__ = 'asyncio.runners'

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._closed = False
        self._made_current = False

    def __enter__(self):
        self._open()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def _open(self):
        if self._closed:
            raise RuntimeError("Runner is closed")
        if self._loop is not None:
            return
        if self._loop_factory is not None:
            self._loop = self._loop_factory()
        else:
            self._loop = new_event_loop()
            set_event_loop(self._loop)
            self._made_current = True
        if self._debug is not None:
            self._loop.set_debug(self._debug)

    def get_loop(self):
        self._open()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        try:
            get_running_loop()
        except RuntimeError:
            pass
        else:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._open()
        return self._loop.run_until_complete(self._loop.create_task(coro))

    def close(self):
        if self._loop is None or self._closed:
            return
        finished, self._loop = self._loop, None
        self._closed = True
        try:
            _shutdown_loop(finished)
        finally:
            if self._made_current:
                set_event_loop(None)
"""#
}
