"""asyncio.run shuts the default executor down on an unnamed helper thread, which takes a Thread-N number."""
import asyncio
import threading


def work():
    return threading.current_thread().name


async def main(use_executor):
    if use_executor:
        print(await asyncio.to_thread(work))


asyncio.run(main(False))
print(threading.Thread(target=work).name)
asyncio.run(main(True))
print(threading.Thread(target=work).name)
asyncio.run(main(True))
print(threading.Thread(target=work).name)
