import Foundation
import Runtime

/// SIGINT, SIGTERM and SIGHUP stop a run cleanly: the VM notices at its next
/// check, the run ends like any other, and output and logs are flushed.
enum SignalHandling {
    static let signals = [SIGINT, SIGTERM, SIGHUP]

    static func install() {
        var set = sigset_t()
        sigemptyset(&set)
        for sig in signals {
            signal(sig) { Interrupt.request($0) }
            sigaddset(&set, sig)
        }
        // A parent may have started us with these blocked (they stay blocked across exec).
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }
}
