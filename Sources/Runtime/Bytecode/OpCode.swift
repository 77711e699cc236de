/// The VM's instruction set. Each instruction is an opcode and one 32-bit
/// argument; what the argument means is given beside each case.
enum OpCode: UInt8 {
    case nop
    /// Push constant #arg.
    case loadConst
    /// Local slot #arg.
    case loadFast, storeFast, deleteFast
    /// In a class body: push local slot #arg and skip the next instruction when the slot is bound; else run the
    /// next instruction (a `loadGlobal` of the same name), as CPython's `LOAD_NAME` falls back to globals.
    case loadClassLocal
    /// The cell in local slot #arg (a captured variable).
    case loadDeref, storeDeref, deleteDeref
    /// Push the cell object itself in slot #arg (to build a closure).
    case loadClosure
    /// Module global slot #arg.
    case loadGlobal, storeGlobal, deleteGlobal
    case popTop, dupTop, dupTopTwo, rotTwo, rotThree, rotFour
    /// `BinaryOp.allCases[arg]`; `inplace` is the augmented-assignment form.
    case binary, inplace
    case unaryNegative, unaryPositive, unaryNot, unaryInvert
    /// `CompareOp.allCases[arg]`.
    case compare
    /// Absolute instruction index #arg.
    case jump, popJumpIfFalse, popJumpIfTrue, jumpIfFalseOrPop, jumpIfTrueOrPop
    case getIter
    /// Push the iterator's next item, or pop the iterator and jump to #arg when exhausted.
    case forIter
    /// Build from the top #arg items.
    case buildList, buildTuple, buildSet, buildString
    /// Build a dict from the top 2*#arg items (key, value pairs).
    case buildMap
    /// A slice of the top #arg (2 or 3) items.
    case buildSlice
    /// Append TOS to the list #arg below it (comprehensions).
    case listAppend, setAdd
    /// Add key TOS1, value TOS to the dict #arg below them.
    case mapAdd
    case listExtend, setUpdate, dictUpdate, dictMerge, listToTuple
    /// Format TOS (or TOS1 with spec TOS when arg & 4): conversion arg & 3 (0 none, 1 str, 2 repr, 3 ascii).
    case formatValue
    case subscription, storeSubscript, deleteSubscript
    /// Name #arg in the code's name table.
    case loadAttr, storeAttr, deleteAttr, loadMethod
    /// Call with #arg positional arguments.
    case callMethod, call
    /// Call with #arg arguments whose last names are the tuple on TOS.
    case callKeywords
    /// Call with a positional tuple and (when arg & 1) a keyword dict.
    case callUnpacked
    /// Make a function from the code object on TOS; arg bit 0 defaults tuple, 1 keyword defaults dict, 2 closure tuple.
    case makeFunction
    case returnValue
    /// Unpack TOS into exactly #arg items.
    case unpackSequence
    /// Unpack with a starred target: arg = before | (after << 8).
    case unpackStarred
    /// Push a handler block that catches exceptions and jumps to #arg.
    case setupExcept
    case popBlock
    /// Leave an `except` body: restore the exception being handled before it.
    case popExcept
    /// Re-raise the exception on TOS.
    case reraise
    /// `raise` (arg 0), `raise X` (1), `raise X from Y` (2).
    case raise
    /// Pop a type (or tuple of types) and an exception; if the exception does not match, jump to #arg.
    case jumpIfNotExceptionMatch
    /// Replace the context manager on TOS by its `__exit__`, then push its `__enter__` (a `call` follows).
    case beforeWith
    /// After `__enter__` returned (TOS): push a handler block to #arg whose level is below that result.
    case setupWith
    /// Normal exit from a `with` body: call `__exit__(None, None, None)`.
    case withExitNormally
    /// Exceptional exit: call `__exit__` with the exception on TOS; jump to #arg when it suppresses.
    case withExitException
    /// `async with`: call `__aenter__` of TOS, keep its `__aexit__` and push the awaitable (the handler block follows the await).
    case setupAsyncWith
    /// Normal exit from an `async with` body: pop `__aexit__` and push the awaitable of `__aexit__(None, None, None)`.
    case asyncWithExitNormally
    /// Exceptional exit: push the awaitable of `__aexit__` called with the exception on TOS.
    case asyncWithExitException
    /// End of a class body: push a dict of its local slots by name.
    case classNamespace
    /// Make the class named #arg >> 1 from the namespace dict on TOS and the bases tuple below it; when
    /// arg & 1, a dict of the class keywords (`metaclass=`, `__init_subclass__`'s) lies between them.
    case makeClass
    /// Import module name #arg; `importFrom` takes attribute #arg of the module on TOS.
    case importName, importFrom
    case loadAssertionError
    /// Suspend a generator's fiber, handing TOS to whoever resumed it.
    case yieldValue
    /// Check that TOS can be awaited.
    case getAwaitable
    /// `await` TOS at await site #arg: run a coroutine's frame, or suspend the task until the awaitable is ready.
    case awaitValue
    /// `yield from`: replace TOS by the iterator it delegates to (a generator stays itself).
    case getYieldFromIter
    /// Send TOS into the iterator below it: its yields pass through; when it ends, push its return value.
    case yieldFrom
    /// `async for`: replace TOS by its `__aiter__()`.
    case getAIter
    /// Replace the async iterator on TOS by the awaitable of its `__anext__()`.
    case getANext
    /// Handler of an `async for` step: a `StopAsyncIteration` on TOS ends the loop (pops it and the iterator).
    case endAsyncFor
    /// `match`: push whether TOS is a sequence (or a mapping) as a pattern sees it.
    case matchSequence, matchMapping
    /// Push `len(TOS)`.
    case getLength
    /// Pop a tuple of keys; push the subject's values for them (a tuple), or None when one is missing.
    case matchKeys
    /// Replace the keys tuple on TOS by a dict of the subject's other items (`**rest`).
    case copyDictWithoutKeys
    /// Pop the keyword names tuple and the class; replace the subject by its #arg positional and keyword
    /// attributes (a tuple), or by None when it does not match.
    case matchClass
    /// `except*`: wrap a naked exception on TOS in an ExceptionGroup, keeping the original below it.
    case prepareExceptStar
    /// Split the group on TOS by the type popped above it: push the unmatched rest, then the match (or None).
    case splitExceptStar
    /// End of `except*` handlers: re-raise what is left of the group on TOS (with the exceptions raised in
    /// the handlers, in the list below it), or go on when nothing is.
    case reraiseExceptStar
}

/// One instruction: an opcode and its argument.
struct Instruction {
    var op: OpCode
    /// In the scenario's code, where a line event may happen: the first instruction, one whose line differs from
    /// the instruction before it, or a jump target (`LineEvents`). It fits in the padding before `arg`.
    var checksLine = false
    var arg: Int32

    init(_ op: OpCode, _ arg: Int = 0) {
        self.op = op
        self.arg = Int32(truncatingIfNeeded: arg)
    }
}
