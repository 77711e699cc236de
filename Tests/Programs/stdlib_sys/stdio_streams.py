"""Writing to sys.stdout and sys.stderr directly, through print(file=...), and through a replaced sys.stdout."""
import sys
import threading


class Capture:
    """Collects what is written to it, as a test helper would."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")

    def getvalue(self):
        return "".join(p for p in self.parts if p != "<flush>")


count = sys.stdout.write("progress: ")
count += sys.stdout.write("50%\n")
print("characters written:", count)
print("héllo wörld", file=sys.stdout, flush=True)
print("warning: disk almost full", file=sys.stderr)
sys.stderr.write("error: retrying\n")
sys.stderr.flush()
sys.stdout.writelines(["a\n", "b\n"])
print(sys.stdout.name, sys.stderr.name, sys.stdout is sys.__stdout__)

capture = Capture()
print("to the capture", 1, 2, sep="-", end="!\n", file=capture, flush=True)
print(capture.parts)

saved = sys.stdout
sys.stdout = capture
print("while redirected")
sys.stdout = saved
print("captured:", repr(capture.getvalue()))

try:
    sys.stdout.write(42)
except TypeError as e:
    print("TypeError:", e)

lines = []


def log(i):
    print(f"thread {i} says hi", file=sys.stderr)
    lines.append(i)


threads = [threading.Thread(target=log, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("threads logged:", sorted(lines))
