"""RuntimeError messages: joining an unstarted thread, starting twice, a thread joining itself."""
import threading

errors = []


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))


t = threading.Thread(target=join_self)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.is_alive(), t.ident is None)
t.start()
t.join()
print(errors, t.is_alive(), t.ident is None)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
