import Foundation
import Runtime

/// SIGINT, SIGTERM and SIGHUP stop a run cleanly: the VM notices at its next
/// check, the run ends like any other, and output and logs are flushed. The
/// live viewer reads `received` to end its session the same way.
enum SignalHandling {
    static let signals = [SIGINT, SIGTERM, SIGHUP]
    /// The last of these signals that arrived since `install`, or 0.
    nonisolated(unsafe) static var received: Int32 = 0

    static func install() {
        var set = sigset_t()
        sigemptyset(&set)
        for sig in signals {
            signal(sig) {
                Interrupt.request($0)
                SignalHandling.received = $0
            }
            sigaddset(&set, sig)
        }
        // A parent may have started us with these blocked (they stay blocked across exec).
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }
}
