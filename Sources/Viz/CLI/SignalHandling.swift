import Foundation
import Runtime

/// SIGINT, SIGTERM and SIGHUP stop a run cleanly: the VM notices at its next
/// check, the run ends like any other, and output and logs are flushed.
enum SignalHandling {
    static func install() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { Interrupt.request($0) }
        }
    }
}
