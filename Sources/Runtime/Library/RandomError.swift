/// An error raised by a `random` module function; `message` is CPython's exception text and
/// `exceptionType` the Python exception class (`ValueError`, or `IndexError` for `choice`).
struct RandomError: Error, Equatable {
    let message: String
    let exceptionType: String

    init(message: String, exceptionType: String = "ValueError") {
        self.message = message
        self.exceptionType = exceptionType
    }
}
