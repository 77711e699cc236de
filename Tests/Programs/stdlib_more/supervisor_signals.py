"""A supervisor names the signals that ended its worker processes (negative exit codes) as a shell reports them."""
import signal
from dataclasses import dataclass


@dataclass
class Finished:
    name: str
    exitcode: int


def describe(process):
    code = process.exitcode
    if code < 0:
        sig = signal.Signals(-code)
        return f"{process.name}: killed by {sig.name} ({signal.strsignal(sig)}), shell status {128 + sig}"
    return f"{process.name}: exited with {code}"


if __name__ == "__main__":
    for w in [Finished("worker-0", 0), Finished("worker-1", -signal.SIGTERM), Finished("worker-2", -9),
              Finished("worker-3", -signal.SIGINT.value), Finished("worker-4", 3)]:
        print(describe(w))

    print(signal.SIGINT, repr(signal.SIGTERM), signal.SIGKILL == 9, int(signal.SIGUSR1), signal.SIGTERM.value)
    print(repr(signal.SIGIOT), repr(signal.SIG_IGN), repr(signal.SIG_DFL), repr(signal.SIG_BLOCK), signal.NSIG)
    print(signal.Signals["SIGHUP"], signal.Signals(2).name, sorted([15, signal.SIGINT]), -signal.SIGTERM)
    print([s.name for s in signal.Signals][:8], len(list(signal.Signals)))
    print([signal.strsignal(n) for n in (1, 2, 15, 34, 40, 64)])
    try:
        signal.strsignal(0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        signal.Signals(99)
    except ValueError as e:
        print("ValueError:", e)
