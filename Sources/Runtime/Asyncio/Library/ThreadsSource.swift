extension AsyncioLibrarySource {
    /// `to_thread` (`threads.py`): the call runs in the loop's default executor.
    static let threads = #"""
async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    if kwargs:
        return await loop.run_in_executor(None, lambda: func(*args, **kwargs))
    return await loop.run_in_executor(None, func, *args)
"""#
}
