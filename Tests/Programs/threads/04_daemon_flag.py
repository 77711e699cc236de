"""The daemon flag: False by default, daemon=True sets it, a new thread inherits its creator's."""
import threading

flags = []


def note_child():
    flags.append(threading.current_thread().daemon)


def spawn_child():
    child = threading.Thread(target=note_child)
    flags.append(child.daemon)
    child.start()
    child.join()


plain = threading.Thread(target=spawn_child)
daemon = threading.Thread(target=spawn_child, daemon=True)
print(threading.current_thread().daemon, plain.daemon, daemon.daemon)
plain.start()
plain.join()
daemon.start()
daemon.join()
print(flags)
