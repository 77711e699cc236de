/// The builtin warning categories, `Warning` and its subclasses as CPython 3.11 arranges them.
extension ExceptionTypes {
    static let warning = PyType("Warning", base: exception)

    static let warnings: [PyType] = [warning] + [
        "UserWarning", "DeprecationWarning", "PendingDeprecationWarning", "SyntaxWarning", "RuntimeWarning",
        "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning",
    ].map { PyType($0, base: warning) }
}
