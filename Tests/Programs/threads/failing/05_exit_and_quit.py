import threading
def w():
    print("in thread")
    exit(3)
t = threading.Thread(target=w)
t.start()
t.join()
try:
    quit()
except SystemExit as e:
    print("caught", e.code)
print("bye")
exit("fatal: done")
