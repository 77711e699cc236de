"""asyncio.get_event_loop() in a plain thread has no loop to return: RuntimeError naming the thread."""
import asyncio
import threading

errors = []


def in_thread():
    for call in (asyncio.get_running_loop, asyncio.get_event_loop):
        try:
            call()
            errors.append("no error")
        except RuntimeError as e:
            errors.append(str(e))


t = threading.Thread(target=in_thread, name="worker")
t.start()
t.join()
for line in errors:
    print(line)
