extension AsyncioLibrarySource {
    /// `Runner`: one loop for several `run` calls, made on first use and shut down by `close` (or at the
    /// end of a `with` block) as `asyncio.run` shuts its loop down. Phases: new, open, closed.
    static let runner = #"""
class Runner:
    __module__ = 'asyncio.runners'

    def __init__(self, *, debug=None, loop_factory=None):
        self._options = (debug, loop_factory)
        self._phase = 'new'
        self._active = None
        self._made_current = False

    def __enter__(self):
        self._ready_loop()
        return self

    def __exit__(self, *ignored):
        self.close()

    def _ready_loop(self):
        # The runner's loop, made on first use.
        if self._phase == 'closed':
            raise RuntimeError("Runner is closed")
        if self._phase == 'new':
            debug, factory = self._options
            if factory is None:
                self._active = new_event_loop()
                set_event_loop(self._active)
                self._made_current = True
            else:
                self._active = factory()
            if debug is not None:
                self._active.set_debug(debug)
            self._phase = 'open'
        return self._active

    def get_loop(self):
        return self._ready_loop()

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        if _loop_is_running():
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        loop = self._ready_loop()
        return loop.run_until_complete(loop.create_task(coro))

    def close(self):
        if self._phase != 'open':
            return
        loop, self._active, self._phase = self._active, None, 'closed'
        try:
            _shutdown_loop(loop)
        finally:
            if self._made_current:
                set_event_loop(None)
"""#
}
