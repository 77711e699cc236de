/// The native half of `weakref.ref`: a Swift `weak` pointer to the referent, the callback to run when the
/// referent is freed, and (weakly) the Python `ref` object that owns this cell and is the callback's argument.
final class PyWeakCell: PyNativeObject {
    static let type = PyType("_weakcell", base: BuiltinTypes.object, module: "weakref")

    weak var target: PyObject?
    weak var owner: PyObject?
    var callback: Value

    init(to referent: PyObject, owner: PyObject, calling function: Value) {
        target = referent
        self.owner = owner
        callback = function
        super.init(type: PyWeakCell.type)
    }
}

/// An object that keeps a `WeakAnchor` among its stored properties, so that its weak references learn when it
/// is freed (scenario class instances and functions; other objects' references go dead without callbacks).
protocol WeakAnchored: PyObject {
    var weakAnchor: WeakAnchor? { get set }
}

extension PyInstance: WeakAnchored {}
extension PyFunction: WeakAnchored {}

/// The weak references to one object: freed with the object, it hands the callbacks of the references still
/// alive to the run's queue, newest reference first as CPython calls them.
final class WeakAnchor {
    private var cells: [WeakBox] = []
    private let callbacks: WeakCallbackQueue

    init(queue: WeakCallbackQueue) {
        callbacks = queue
    }

    func add(_ cell: PyWeakCell) {
        cells.removeAll { $0.cell == nil }
        cells.append(WeakBox(cell: cell))
    }

    /// The live references, oldest first.
    var live: [PyWeakCell] { cells.compactMap(\.cell) }

    deinit {
        let due = live.reversed().compactMap { cell -> (Value, PyObject)? in
            guard !cell.callback.isNoneValue, let owner = cell.owner else { return nil }
            return (cell.callback, owner)
        }
        if !due.isEmpty { callbacks.run(due) }
    }
}

/// A weak pointer to a cell, so an anchor does not keep dead references alive.
struct WeakBox {
    weak var cell: PyWeakCell?
}

/// The callbacks of freed objects' references for one run: called at once, each on a fiber of its own (an object
/// may be freed in the middle of an instruction), in turn when one callback frees more objects. An exception a
/// callback raises is printed as CPython prints it (`Exception ignored in: …`) and goes no further.
final class WeakCallbackQueue {
    private weak var vm: VM?
    private var pending: [(callback: Value, ref: PyObject)] = []
    private var running = false

    init(vm: VM) {
        self.vm = vm
    }

    func run(_ due: [(Value, PyObject)]) {
        guard let vm, SpecialMethods.currentVM === vm, !vm.exited else { return }
        pending.append(contentsOf: due.map { (callback: $0.0, ref: $0.1) })
        guard !running else { return }
        running = true
        defer { running = false }
        while !pending.isEmpty {
            let next = pending.removeFirst()
            do {
                _ = try vm.callAside(next.callback, [.object(next.ref)])
            } catch let error as PyError {
                vm.write(.stderr, "Exception ignored in: \(Repr.repr(next.callback))\n"
                         + Traceback.render(error.exception, source: vm.source))
            } catch {
                NativeStack.remember(error)
            }
        }
    }
}
