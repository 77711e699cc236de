/// What crossing a process boundary does to a value: CPython pickles it in
/// one process and unpickles a copy in the other. asyncviz keeps the
/// pickled form as a tree, refuses what CPython cannot pickle with
/// CPython's message, and estimates the bytes protocol 4 would write (the
/// pickling cost is proportional to them).
indirect enum Pickled {
    case atom(Value)
    case list([Pickled])
    case tuple([Pickled])
    case dict([(Pickled, Pickled)])
    case set([Pickled], frozen: Bool)
    /// A module-level function of `__main__`, by name: the receiving process uses its own copy.
    case function(String)
    case builtin(Value)
    /// An exception and the traceback text it had where it was raised (re-raised with it as `__cause__`).
    case exception(PyType, [Pickled], remote: String)
    /// An instance of a class: the class (a library class as it is, a `__main__` class by name, which the
    /// receiving process finds in its own copy), its attributes, and the items of a dict or list subclass.
    case instance(PickledClass, [(String, Pickled)], storage: Pickled?)
}

/// How a pickled instance names its class.
enum PickledClass {
    case shared(PyType)
    case main(String)
}

enum Pickling {
    static let pickleError = PyType("PickleError", base: ExceptionTypes.exception, module: "_pickle")
    static let picklingError = PyType("PicklingError", base: pickleError, module: "_pickle")
    static let remoteTraceback = PyType("_RemoteTraceback", base: ExceptionTypes.exception, module: "concurrent.futures.process")

    /// The pickled form of `v` and its size in bytes (protocol 4, approximately: opcodes and payloads).
    /// `spawning` is set while a process is spawned: `multiprocessing`'s locks, queues, shared values and pipe
    /// ends (and the objects it keeps) then cross as themselves, as CPython hands them to a spawned child.
    static func pickle(_ v: Value, vm: VM, spawning: SpawnPassing? = nil) throws -> (Pickled, Int) {
        var size = 11
        let p = try tree(v, vm: vm, size: &size, depth: 0, inherited: spawning)
        return (p, size)
    }

    /// Whether a module is the scenario's: `__main__`, or `__mp_main__` in a spawned process.
    static func isMain(_ name: String) -> Bool { name == "__main__" || name == "__mp_main__" }

    private static func tree(_ v: Value, vm: VM, size: inout Int, depth: Int,
                             inherited: SpawnPassing?) throws -> Pickled {
        if let inherited, case .object(let o) = v, inherited.kept.contains(ObjectIdentifier(o)) || passesAtSpawn(o) {
            try inherited.check(o)
            size += 40
            return .atom(v)
        }
        func child(_ item: Value) throws -> Pickled {
            try tree(item, vm: vm, size: &size, depth: depth + 1, inherited: inherited)
        }
        if depth > 500 { throw PyError(ExceptionTypes.recursionError, "maximum recursion depth exceeded while pickling an object") }
        switch v {
        case .none, .bool:
            size += 1
            return .atom(v)
        case .int(let n):
            size += n >= 0 && n < 256 ? 2 : (n >= 0 && n < 65536 ? 3 : (n >= Int(Int32.min) && n <= Int(Int32.max) ? 5 : 10))
            return .atom(v)
        case .float:
            size += 9
            return .atom(v)
        case .unbound:
            throw PyError.type("cannot pickle an unbound value")
        case .object(let o):
            switch o {
            case let s as PyStr:
                let n = s.value.utf8.count
                size += n + (n < 256 ? 2 : 5)
                return .atom(v)
            case let l as PyList:
                size += 3 + l.items.count / 1000 * 2
                return .list(try l.items.map { try child($0) })
            case let t as PyTuple:
                size += t.items.count <= 3 ? 1 : 2
                return .tuple(try t.items.map { try child($0) })
            case let d as PyDict:
                size += 3
                return .dict(try d.entries.map { (try child($0.key), try child($0.value)) })
            case let s as PySet:
                size += 4
                return .set(try s.elements.map { try child($0) }, frozen: s.kind == .frozenset)
            case let f as PyFunction where !isMain(f.module.name):
                size += 14 + f.code.qualifiedName.utf8.count + f.module.name.utf8.count
                return .builtin(v)
            case let f as PyFunction:
                let name = f.code.qualifiedName
                if name.contains("<locals>") {
                    throw PyError(ExceptionTypes.attributeError, "Can't pickle local object '\(name)'")
                }
                if name.contains("<lambda>") || f.module.attribute(name).map({ $0.object !== f }) ?? true {
                    throw PyError(picklingError, "Can't pickle <function \(name) at \(Repr.address(f))>: "
                                  + "attribute lookup \(name) on \(f.module.name) failed")
                }
                size += 14 + name.utf8.count
                return .function(name)
            case is PySlice:
                size += 20
                return .atom(v)
            case let b as PyBuiltin:
                size += 14 + b.name.utf8.count
                return .builtin(v)
            case let e as PyException:
                size += 20 + e.type.name.utf8.count
                let remote = "\n\"\"\"\n" + Traceback.render(e, source: vm.source) + "\"\"\""
                return .exception(e.type, try e.args.map { try child($0) }, remote: remote)
            case let t as PyType where t.classAttributes == nil:
                size += 14 + t.name.utf8.count
                return .builtin(v)
            case let instance as PyInstance where instance.type.moduleName == "multiprocessing.managers"
                && instance.field("_referent") != nil:
                // A manager's proxy names its object in the manager (a token and an address): it arrives as itself.
                size += 150
                return .atom(v)
            case let instance as PyInstance:
                if let shared = inheritedOnly(instance.type) {
                    throw PyError(ExceptionTypes.runtimeError,
                                  "\(shared) objects should only be shared between processes through inheritance")
                }
                // CPython pickles the instance's state and fails on the lock inside (a Condition, an Event, a Queue).
                if holdsLock(instance, depth: 0, passing: inherited != nil) {
                    throw PyError.type("cannot pickle '_thread.lock' object")
                }
                if instance.perThread != nil { throw PyError.type("cannot pickle '_thread._local' object") }
                return try instanceTree(instance, vm: vm, size: &size, depth: depth, inherited: inherited)
            case let native as PyNativeObject:
                let t = native.type
                throw PyError.type("cannot pickle '\(t.moduleName == "builtins" ? t.name : t.moduleName + "." + t.name)' object")
            default:
                throw PyError.type("cannot pickle '\(TypeOf.name(v))' object")
            }
        }
    }

    /// An instance's class (by name when it is the scenario's), attributes and container items.
    private static func instanceTree(_ instance: PyInstance, vm: VM, size: inout Int, depth: Int,
                                     inherited: SpawnPassing?) throws -> Pickled {
        let type = instance.type
        let cls: PickledClass
        if isMain(type.moduleName) {
            let name = type.qualName
            if name.contains("<locals>") {
                throw PyError(ExceptionTypes.attributeError, "Can't pickle local object '\(name)'")
            }
            guard vm.machine.current.process.mainModule.attribute(name)?.object === type else {
                throw PyError(picklingError, "Can't pickle <class '\(type.moduleName).\(name)'>: "
                              + "attribute lookup \(name) on \(type.moduleName) failed")
            }
            cls = .main(name)
        } else {
            cls = .shared(type)
        }
        size += 20 + type.name.utf8.count
        var fields: [(String, Pickled)] = []
        for name in instance.fieldOrder {
            guard let value = instance.field(name) else { continue }
            size += name.utf8.count + 2
            fields.append((name, try tree(value, vm: vm, size: &size, depth: depth + 1, inherited: inherited)))
        }
        let storage = try instance.storage.map {
            try tree($0, vm: vm, size: &size, depth: depth + 1, inherited: inherited)
        }
        return .instance(cls, fields, storage: storage)
    }

    /// `multiprocessing`'s locks, queues and shared values refuse pickling (fork gives them to children):
    /// the name CPython's message gives (an event or a barrier fails on the condition inside it).
    private static func inheritedOnly(_ type: PyType) -> String? {
        switch type.moduleName {
        case "multiprocessing.synchronize": return ["Event", "Barrier"].contains(type.name) ? "Condition" : type.name
        case "multiprocessing.queues", "multiprocessing.sharedctypes": return type.name
        default: return nil
        }
    }

    /// What a spawned child receives as itself: `multiprocessing`'s locks, queues, shared values and pipe ends.
    private static func passesAtSpawn(_ o: PyObject) -> Bool {
        guard let instance = o as? PyInstance else { return false }
        return inheritedOnly(instance.type) != nil || instance.type.moduleName == "multiprocessing.connection"
    }

    /// Whether a library object holds a `_thread.lock`, directly or through the objects it holds.
    /// `passing`: while spawning, where what passes at spawn (a queue, a lock) crosses as itself.
    private static func holdsLock(_ instance: PyInstance, depth: Int, passing: Bool) -> Bool {
        guard depth < 8 else { return false }
        return instance.fieldValues.contains { v in
            switch v.object {
            case is PyLock: return true
            case let inner as PyInstance where passing && passesAtSpawn(inner): return false
            case let inner as PyInstance: return holdsLock(inner, depth: depth + 1, passing: passing)
            default: return false
            }
        }
    }

    /// What unpickling says of a name the receiving process's `__main__` does not define.
    private static func missing(_ name: String, _ module: PyModule) -> PyError {
        let path = isMain(module.name) ? SpecialMethods.currentVM?.source.tracebackPath : nil
        let file = path.map { " from " + Repr.repr(.str($0)) } ?? ""
        return PyError(ExceptionTypes.attributeError,
                       "Can't get attribute '\(name)' on <module '\(module.name)'\(file)>")
    }

    /// A fresh copy of a pickled value in the process whose `__main__` is `module`.
    static func unpickle(_ p: Pickled, into module: PyModule) throws -> Value {
        switch p {
        case .atom(let v), .builtin(let v): return v
        case .list(let items): return .object(PyList(try items.map { try unpickle($0, into: module) }))
        case .tuple(let items): return .object(PyTuple(try items.map { try unpickle($0, into: module) }))
        case .dict(let entries):
            let d = PyDict()
            for (k, v) in entries { try d.set(try unpickle(k, into: module), try unpickle(v, into: module)) }
            return .object(d)
        case .set(let items, let frozen):
            let s = PySet(frozen: frozen)
            for item in items { try s.add(try unpickle(item, into: module)) }
            return .object(s)
        case .function(let name):
            guard let f = module.attribute(name) else { throw missing(name, module) }
            return f
        case .exception(let type, let args, let remote):
            let e = PyException(type, try args.map { try unpickle($0, into: module) })
            e.cause = PyException(remoteTraceback, remote)
            return .object(e)
        case .instance(let cls, let fields, let storage):
            let type: PyType
            switch cls {
            case .shared(let shared): type = shared
            case .main(let name):
                guard let found = module.attribute(name)?.object as? PyType else { throw missing(name, module) }
                type = found
            }
            if let member = enumMember(type, fields) { return member }
            guard let vm = SpecialMethods.currentVM else { throw PyError.runtime("unpickling outside a run") }
            let instance = PyInstance(type: type, vm: vm)
            instance.eventId = vm.nextId()
            for (name, value) in fields { instance.setField(name, try unpickle(value, into: module)) }
            if let storage { instance.storage = try unpickle(storage, into: module) }
            return .object(instance)
        }
    }
}

extension Pickling {
    /// An enum member arrives as the receiving process's member of that name (CPython pickles it as
    /// `Color('red')`, which finds the member), so `is` comparisons hold in a worker.
    static func enumMember(_ type: PyType, _ fields: [(String, Pickled)]) -> Value? {
        guard let members = type.lookupClassAttribute("_member_map_")?.asDict,
              let named = fields.first(where: { $0.0 == "_name_" }), case .atom(let name) = named.1 else { return nil }
        return try? members.get(name)
    }
}

/// A pickled value in a queue between processes.
final class PyPickled: PyNativeObject {
    static let type = PyType("_Pickled", base: BuiltinTypes.object, module: "concurrent.futures.process")
    let tree: Pickled
    let bytes: Int
    init(_ tree: Pickled, bytes: Int) {
        self.tree = tree
        self.bytes = bytes
        super.init(type: PyPickled.type)
    }
}

/// What a process being spawned receives as itself rather than as a copy, and its start method.
struct SpawnPassing {
    /// Library objects it is given as they are (a pool's own queues).
    let kept: Set<ObjectIdentifier>
    let method: String

    /// CPython's refusal of a lock (or what holds one) made in the fork context, given to a spawned child.
    func check(_ o: PyObject) throws {
        guard method != "fork", (o as? PyInstance)?.field("_made_by")?.asStr?.value == "fork" else { return }
        throw PyError.runtime("A SemLock created in a fork context is being shared with a process in a \(method) "
                              + "context. This is not supported. Please use the same context to create "
                              + "multiprocessing objects and Process.")
    }
}
