"""Unnamed threads are called Thread-N (target name) in 3.11; only unnamed threads advance N."""
import threading


def work():
    pass


def other():
    pass


a = threading.Thread(target=work)
b = threading.Thread(target=other, name="custom")
c = threading.Thread()
d = threading.Thread(target=lambda: None)
e = threading.Thread(target=other)
print(a.name, "|", b.name, "|", c.name, "|", d.name, "|", e.name)
print(threading.current_thread().name)
a.start()
a.join()
print(a.name, threading.Thread(target=work).name)
