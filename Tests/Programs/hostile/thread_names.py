"""Threads and tasks whose names hold terminal control, and a deadlock that names them."""
import threading

lock_a = threading.Lock()
lock_b = threading.Lock()


def first():
    with lock_a:
        threading.Event().wait(0.01)
        with lock_b:
            print("never")


def second():
    with lock_b:
        threading.Event().wait(0.01)
        with lock_a:
            print("never")


a = threading.Thread(target=first, name="\x1b]0;retitled\x07\u202eA")
b = threading.Thread(target=second, name="\x1b[2J\x9bB")
a.start()
b.start()
a.join()
b.join()
