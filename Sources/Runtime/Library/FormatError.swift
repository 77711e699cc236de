/// An error raised while applying a format spec; `message` is CPython's exception text and
/// `exceptionType` the Python exception class it belongs to (`ValueError` unless stated).
struct FormatError: Error, Equatable {
    let message: String
    let exceptionType: String

    init(message: String, exceptionType: String = "ValueError") {
        self.message = message
        self.exceptionType = exceptionType
    }
}
