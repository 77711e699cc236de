/// The Python source of argparse's arguments: `Namespace`, the errors, and the actions an argument takes when
/// it is found (store, store_const, store_true/false, append, append_const, extend, count, help, version,
/// BooleanOptionalAction) with CPython 3.11's reprs.
enum ArgparseActionsSource {
    static let text = #"""
def _is_identifier(name: str) -> bool:
    return bool(name) and not name[0].isdigit() and all(c.isalnum() or c == '_' for c in name)


class _Reprs:
    """`Name(field=value, ...)` from the fields `_get_kwargs` lists."""

    def __repr__(self) -> str:
        shown = [repr(v) for v in self._get_args()]
        odd = {}
        for field, v in self._get_kwargs():
            if _is_identifier(field):
                shown.append(f'{field}={v!r}')
            else:
                odd[field] = v
        if odd:
            shown.append(f'**{odd!r}')
        return type(self).__name__ + '(' + ', '.join(shown) + ')'

    def _get_args(self) -> list:
        return []

    def _get_kwargs(self) -> list:
        return [*vars(self).items()]


class Namespace(_Reprs):
    """The parsed values, as attributes."""

    def __init__(self, **fields: object) -> None:
        for field in fields:
            setattr(self, field, fields[field])

    def __eq__(self, other: object) -> bool:
        return vars(self) == vars(other) if isinstance(other, Namespace) else NotImplemented

    def __contains__(self, field: str) -> bool:
        return field in vars(self)

    __hash__ = None


def _action_name(act: object) -> str:
    if act is None:
        return None
    if act.option_strings:
        return '/'.join(act.option_strings)
    for shown in (act.metavar, act.dest):
        if shown is not None and shown is not SUPPRESS:
            return shown
    return '{' + ','.join(act.choices) + '}' if act.choices else None


class ArgumentError(Exception):
    """A problem with one argument: its name and what is wrong."""

    def __init__(self, argument: object, message: str) -> None:
        self.argument_name, self.message = _action_name(argument), message

    def __str__(self) -> str:
        name = self.argument_name
        return self.message if name is None else f'argument {name}: {self.message}'


class ArgumentTypeError(Exception):
    """Raised by a `type` function to reject a value with its own message."""


_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices', 'required', 'help',
                  'metavar')


class Action(_Reprs):
    """What to do with an argument's values; subclasses say how they reach the namespace."""

    def __init__(self, option_strings: list, dest: str, nargs: object = None, const: object = None,
                 default: object = None, type: object = None, choices: object = None, required: bool = False,
                 help: str = None, metavar: object = None) -> None:
        given = (option_strings, dest, nargs, const, default, type, choices, required, help, metavar)
        for field, v in zip(_ACTION_FIELDS, given):
            setattr(self, field, v)

    def _get_kwargs(self) -> list:
        return [(field, getattr(self, field)) for field in _ACTION_FIELDS]

    def format_usage(self) -> str:
        return self.option_strings[0]

    def __call__(self, parser: object, ns: object, got: object, flag: str = None) -> None:
        raise NotImplementedError('.__call__() not defined')


class _TakesValues(Action):
    """An action whose values come from the command line (store, append, extend)."""
    _no_values = ''

    def __init__(self, option_strings: list, dest: str, nargs: object = None, const: object = None,
                 default: object = None, type: object = None, choices: object = None, required: bool = False,
                 help: str = None, metavar: object = None) -> None:
        if nargs == 0:
            raise ValueError(self._no_values)
        if nargs != OPTIONAL and const is not None:
            raise ValueError(f'nargs must be {OPTIONAL!r} to supply const')
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices, required, help, metavar)


class _NoValues(Action):
    """An action that takes no value: its option alone does it (store_const, count, help, ...)."""

    def __init__(self, option_strings: list, dest: str, const: object = None, default: object = None,
                 required: bool = False, help: str = None, metavar: object = None) -> None:
        Action.__init__(self, option_strings, dest, 0, const, default, None, None, required, help, metavar)


class _StoreAction(_TakesValues):
    _no_values = ('nargs for store actions must be != 0; if you have nothing to store, actions such as store true '
                  'or store const may be more appropriate')

    def __call__(self, parser: object, ns: object, got: object, flag: str = None) -> None:
        setattr(ns, self.dest, got)


class _StoreConstAction(_NoValues):
    def __init__(self, option_strings: list, dest: str, const: object = None, default: object = None,
                 required: bool = False, help: str = None, metavar: object = None) -> None:
        _NoValues.__init__(self, option_strings, dest, const, default, required, help)

    def __call__(self, parser: object, ns: object, got: object, flag: str = None) -> None:
        setattr(ns, self.dest, self.const)


class _StoreTrueAction(_NoValues):
    def __init__(self, option_strings: list, dest: str, default: bool = False, required: bool = False,
                 help: str = None) -> None:
        _NoValues.__init__(self, option_strings, dest, True, default, required, help)

    __call__ = _StoreConstAction.__call__


class _StoreFalseAction(_NoValues):
    def __init__(self, option_strings: list, dest: str, default: bool = True, required: bool = False,
                 help: str = None) -> None:
        _NoValues.__init__(self, option_strings, dest, False, default, required, help)

    __call__ = _StoreConstAction.__call__


def _add_to_list(ns: object, dest: str, more: list) -> None:
    """Sets `dest` to a new list: the one there before (if any) followed by `more`."""
    before = getattr(ns, dest, None)
    setattr(ns, dest, ([] if before is None else [*before]) + more)


class _AppendAction(_TakesValues):
    _no_values = ('nargs for append actions must be != 0; if arg strings are not supplying the value to '
                  'append, the append const action may be more appropriate')

    def __call__(self, parser: object, ns: object, got: object, flag: str = None) -> None:
        _add_to_list(ns, self.dest, [got])


class _AppendConstAction(_NoValues):
    def __call__(self, parser: object, ns: object, got: object, flag: str = None) -> None:
        _add_to_list(ns, self.dest, [self.const])


class _ExtendAction(_TakesValues):
    _no_values = _AppendAction._no_values

    def __call__(self, parser: object, ns: object, got: object, flag: str = None) -> None:
        _add_to_list(ns, self.dest, [*got])


class _CountAction(_NoValues):
    def __init__(self, option_strings: list, dest: str, default: object = None, required: bool = False,
                 help: str = None) -> None:
        _NoValues.__init__(self, option_strings, dest, None, default, required, help)

    def __call__(self, parser: object, ns: object, got: object, flag: str = None) -> None:
        so_far = getattr(ns, self.dest, None)
        setattr(ns, self.dest, 1 if so_far is None else so_far + 1)


class _HelpAction(_NoValues):
    def __init__(self, option_strings: list, dest: str = SUPPRESS, default: object = SUPPRESS,
                 help: str = None) -> None:
        _NoValues.__init__(self, option_strings, dest, None, default, False, help)

    def __call__(self, parser: object, ns: object, got: object, flag: str = None) -> None:
        parser.print_help()
        parser.exit()


class _VersionAction(_NoValues):
    def __init__(self, option_strings: list, version: str = None, dest: str = SUPPRESS,
                 default: object = SUPPRESS, help: str = "show program's version number and exit") -> None:
        _NoValues.__init__(self, option_strings, dest, None, default, False, help)
        self.version = version

    def __call__(self, parser: object, ns: object, got: object, flag: str = None) -> None:
        layout = parser._get_formatter()
        layout.add_text(parser.version if self.version is None else self.version)
        parser._print_message(layout.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    """`--name` sets True, `--no-name` sets False."""

    def __init__(self, option_strings: list, dest: str, default: object = None, type: object = None,
                 choices: object = None, required: bool = False, help: str = None, metavar: object = None) -> None:
        flags = []
        for given in option_strings:
            flags += [given, '--no-' + given[2:]] if given.startswith('--') else [given]
        Action.__init__(self, flags, dest, 0, None, default, type, choices, required, help, metavar)

    def __call__(self, parser: object, ns: object, got: object, flag: str = None) -> None:
        if flag in self.option_strings:
            setattr(ns, self.dest, not flag.startswith('--no-'))

    def format_usage(self) -> str:
        return ' | '.join(self.option_strings)


_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction, 'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction, 'append': _AppendAction, 'append_const': _AppendConstAction,
    'extend': _ExtendAction, 'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
}
"""#
}
