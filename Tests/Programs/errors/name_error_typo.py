# NameError for a close misspelling of a builtin: CPython adds "Did you mean: 'print'?"
message = "hello"
pritn(message)
