"""loop.set_default_executor: run_in_executor(None) and to_thread then use that pool; anything but a ThreadPoolExecutor is refused."""
import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor


def who():
    return threading.current_thread().name


async def main():
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(1, thread_name_prefix="mine"))
    print(await loop.run_in_executor(None, who), await asyncio.to_thread(who))
    try:
        loop.set_default_executor(5)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
