extension AsyncioLibrarySource {
    /// `TaskGroup`: the children it still waits for, the errors they raised, and whether it is shutting
    /// down (then it cancels every child and, once, the task that entered it).
    static let taskGroups = #"""
def _escapes_groups(exc):
    # These are re-raised as they are, never wrapped in an exception group.
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    __module__ = 'asyncio.taskgroups'

    def __init__(self):
        self._phase = 'new'
        self._shutting_down = False
        self._owner = None
        self._owner_cancelled_by_us = False
        self._loop = None
        self._children = {}
        self._child_errors = []
        self._fatal = None
        self._all_done = None

    def __repr__(self):
        words = ['<TaskGroup']
        if self._children:
            words.append(f'tasks={len(self._children)}')
        if self._child_errors:
            words.append(f'errors={len(self._child_errors)}')
        if self._shutting_down:
            words.append('cancelling')
        elif self._phase != 'new':
            words.append('entered')
        return ' '.join(words) + '>'

    async def __aenter__(self):
        if self._phase != 'new':
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = get_running_loop()
        self._owner = current_task()
        if self._owner is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._phase = 'entered'
        return self

    def _shut_down(self):
        self._shutting_down = True
        for child in self._children:
            if not child.done():
                child.cancel()

    async def __aexit__(self, et, exc, tb):
        self._phase = 'exiting'
        if exc is not None and _escapes_groups(exc) and self._fatal is None:
            self._fatal = exc
        cancellation = exc if et is CancelledError else None
        if self._owner_cancelled_by_us and self._owner.uncancel() == 0:
            # The cancellation was ours, to stop the body: it ends here.
            cancellation = None
        if et is not None and not self._shutting_down:
            self._shut_down()
        while self._children:
            if self._all_done is None:
                self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except CancelledError as outside:
                if not self._shutting_down:
                    cancellation = outside
                    self._shut_down()
            self._all_done = None
        if self._fatal is not None:
            raise self._fatal
        if cancellation and not self._child_errors:
            raise cancellation
        if et is not None and et is not CancelledError:
            self._child_errors.append(exc)
        if self._child_errors:
            errors, self._child_errors = self._child_errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if self._phase == 'new':
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._phase == 'exiting' and not self._children:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._shutting_down:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        child = self._loop.create_task(coro)
        if name is not None:
            child.set_name(name)
        child.add_done_callback(self._on_task_done)
        self._children[child] = None
        return child

    def _on_task_done(self, task):
        # CPython's name, which the handle of this callback shows.
        self._children.pop(task, None)
        if not self._children and self._all_done is not None and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled() or task.exception() is None:
            return
        failure = task.exception()
        self._child_errors.append(failure)
        if self._fatal is None and _escapes_groups(failure):
            self._fatal = failure
        if self._owner.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task {self._owner} is already completed',
                'exception': failure,
                'task': task,
            })
        elif not self._shutting_down and not self._owner_cancelled_by_us:
            self._shut_down()
            self._owner_cancelled_by_us = True
            self._owner.cancel()
"""#
}
