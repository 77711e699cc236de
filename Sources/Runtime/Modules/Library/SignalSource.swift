/// The Python source of `signal`: Linux's signal numbers as the `Signals`, `Handlers` and `Sigmasks` enums and
/// module constants, `strsignal` and `default_int_handler`. A scenario runs on a simulated machine that
/// delivers no signals, so installing or sending one (`signal`, `alarm`, `raise_signal`, …) is refused.
enum SignalSource {
    /// What `signal` takes from `enum`.
    static func natives(_ vm: VM) throws -> [String: Value] {
        let enumModule = try vm.importModule("enum", leaf: true)
        return ["_IntEnum": enumModule.attribute("IntEnum") ?? .none]
    }

    static let text = #"""
class Signals(_IntEnum):
    """The signal numbers of Linux."""
    __module__ = 'signal'
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGIOT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPOLL = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64


class Handlers(_IntEnum):
    """The two handlers that are not functions."""
    __module__ = 'signal'
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_IntEnum):
    """How `pthread_sigmask` changes the mask."""
    __module__ = 'signal'
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


SIGHUP = Signals.SIGHUP
SIGINT = Signals.SIGINT
SIGQUIT = Signals.SIGQUIT
SIGILL = Signals.SIGILL
SIGTRAP = Signals.SIGTRAP
SIGABRT = Signals.SIGABRT
SIGIOT = Signals.SIGIOT
SIGBUS = Signals.SIGBUS
SIGFPE = Signals.SIGFPE
SIGKILL = Signals.SIGKILL
SIGUSR1 = Signals.SIGUSR1
SIGSEGV = Signals.SIGSEGV
SIGUSR2 = Signals.SIGUSR2
SIGPIPE = Signals.SIGPIPE
SIGALRM = Signals.SIGALRM
SIGTERM = Signals.SIGTERM
SIGSTKFLT = Signals.SIGSTKFLT
SIGCHLD = Signals.SIGCHLD
SIGCONT = Signals.SIGCONT
SIGSTOP = Signals.SIGSTOP
SIGTSTP = Signals.SIGTSTP
SIGTTIN = Signals.SIGTTIN
SIGTTOU = Signals.SIGTTOU
SIGURG = Signals.SIGURG
SIGXCPU = Signals.SIGXCPU
SIGXFSZ = Signals.SIGXFSZ
SIGVTALRM = Signals.SIGVTALRM
SIGPROF = Signals.SIGPROF
SIGWINCH = Signals.SIGWINCH
SIGIO = Signals.SIGIO
SIGPOLL = Signals.SIGPOLL
SIGPWR = Signals.SIGPWR
SIGSYS = Signals.SIGSYS
SIGRTMIN = Signals.SIGRTMIN
SIGRTMAX = Signals.SIGRTMAX
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2
_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap', 6: 'Aborted',
    7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
    11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated',
    16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped',
    21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
    25: 'File size limit exceeded', 26: 'Virtual timer expired', 27: 'Profiling timer expired', 28: 'Window changed',
    29: 'I/O possible', 30: 'Power failure', 31: 'Bad system call',
}


def strsignal(signalnum):
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')
    if signalnum in _DESCRIPTIONS:
        return _DESCRIPTIONS[signalnum]
    return f'Real-time signal {signalnum - 34}' if signalnum >= 34 else None


def default_int_handler(signalnum, frame):
    raise KeyboardInterrupt


def _refuse(name):
    def refused(*args, **kwargs):
        raise NotImplementedError(f'signal.{name}() is not available in asyncviz: the simulated machine delivers '
                                  'no signals (stop work with an Event, a queue sentinel or task.cancel())')
    refused.__name__ = name
    return refused


signal = _refuse('signal')
getsignal = _refuse('getsignal')
alarm = _refuse('alarm')
pause = _refuse('pause')
raise_signal = _refuse('raise_signal')
setitimer = _refuse('setitimer')
getitimer = _refuse('getitimer')
siginterrupt = _refuse('siginterrupt')
set_wakeup_fd = _refuse('set_wakeup_fd')
pthread_kill = _refuse('pthread_kill')
pthread_sigmask = _refuse('pthread_sigmask')
sigwait = _refuse('sigwait')
sigpending = _refuse('sigpending')
valid_signals = _refuse('valid_signals')
"""#
}
