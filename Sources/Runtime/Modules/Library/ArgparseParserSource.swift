/// The Python source of argparse's parser: `ArgumentParser` and its argument groups (titled sections and
/// mutually exclusive groups) declare arguments; parsing classifies each word as an option or a value, gives
/// options their values and positionals theirs greedily as CPython 3.11 does, and reports errors as it does
/// (usage and `prog: error: ...` on stderr, exit status 2).
enum ArgparseParserSource {
    static let text = #"""
def _is_negative_number(text: str) -> bool:
    whole, dot, fraction = text[1:].partition('.')
    if not text.startswith('-') or len(text) < 2:
        return False
    if dot:
        return (whole == '' or whole.isdigit()) and fraction.isdigit()
    return whole.isdigit()


def _unchanged(word: str) -> str:
    return word


class FileType:
    """Files named on the command line: refused, a scenario cannot read or write files."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise NotImplementedError('argparse.FileType is not available in asyncviz: a scenario cannot read or '
                                  'write files')


class _Container:
    """What parsers and groups share: declaring arguments, and the tables they are found in."""

    def _setup(self, description: str, prefix_chars: str, argument_default: object, conflict_handler: str) -> None:
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default, self.conflict_handler = argument_default, conflict_handler
        self._registries = {'action': dict(_ACTIONS), 'type': {None: _unchanged}}
        self._actions, self._action_groups, self._mutually_exclusive_groups = [], [], []
        self._option_string_actions, self._defaults, self._has_negative_number_optionals = {}, {}, []

    def register(self, registry_name: str, value: object, object: object) -> None:
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name: str, value: object, default: object = None) -> object:
        return self._registries.get(registry_name, {}).get(value, default)

    def set_defaults(self, **values: object) -> None:
        self._defaults.update(values)
        for act in self._actions:
            act.default = values.get(act.dest, act.default)

    def get_default(self, dest: str) -> object:
        found = [act.default for act in self._actions if act.dest == dest and act.default is not None]
        return found[0] if found else self._defaults.get(dest)

    def add_argument(self, *names: str, **options: object) -> object:
        if len(names) > 1 or names and names[0][:1] in tuple(self.prefix_chars):
            options = self._optional_kwargs(*names, **options)
        else:
            if names and 'dest' in options:
                raise ValueError('dest supplied twice for positional argument')
            options = self._positional_kwargs(*names, **options)
        if 'default' not in options and options['dest'] in self._defaults:
            options['default'] = self._defaults[options['dest']]
        elif 'default' not in options and self.argument_default is not None:
            options['default'] = self.argument_default
        kind = options.pop('action', None)
        maker = self._registry_get('action', kind, kind)
        if not callable(maker):
            raise ValueError(f'unknown action "{maker}"')
        act = maker(**options)
        convert = self._registry_get('type', act.type, act.type)
        if not callable(convert):
            raise ValueError(f'{convert!r} is not callable')
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(act, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(act)

    def add_argument_group(self, *args: object, **kwargs: object) -> object:
        made = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(made)
        return made

    def add_mutually_exclusive_group(self, **kwargs: object) -> object:
        made = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(made)
        return made

    def _add_action(self, act: object) -> object:
        self._check_conflict(act)
        self._actions.append(act)
        act.container = self
        for flag in act.option_strings:
            self._option_string_actions[flag] = act
            if _is_negative_number(flag) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals += [True]
        return act

    def _remove_action(self, act: object) -> None:
        self._actions.remove(act)

    def _positional_kwargs(self, dest: str, **options: object) -> dict:
        if 'required' in options:
            raise TypeError("'required' is an invalid argument for positionals")
        many = options.get('nargs')
        if many not in (OPTIONAL, ZERO_OR_MORE) or many == ZERO_OR_MORE and 'default' not in options:
            options['required'] = True
        return {**options, 'dest': dest, 'option_strings': []}

    def _optional_kwargs(self, *flags: str, **options: object) -> dict:
        chars = self.prefix_chars
        for given in flags:
            if not given or given[0] not in chars:
                raise ValueError(f'invalid option string {given!r}: must start with a character {chars!r}')
        dest = options.pop('dest', None)
        if dest is None:
            long_flags = [f for f in flags if len(f) > 1 and f[1] in chars]
            named = (long_flags or flags)[0]
            if not named.lstrip(chars):
                raise ValueError(f'dest= is required for options like {named!r}')
            dest = named.lstrip(chars).replace('-', '_')
        return {**options, 'dest': dest, 'option_strings': list(flags)}

    def _check_conflict(self, act: object) -> None:
        clashes = [(f, self._option_string_actions[f]) for f in act.option_strings if f in self._option_string_actions]
        if clashes and self.conflict_handler == 'resolve':
            for flag, other in clashes:
                other.option_strings.remove(flag)
                self._option_string_actions.pop(flag, None)
                if not other.option_strings:
                    other.container._remove_action(other)
        elif clashes:
            noun = 'option string' if len(clashes) == 1 else 'option strings'
            raise ArgumentError(act, f"conflicting {noun}: {', '.join(f for f, _ in clashes)}")

    def _add_container_actions(self, source: object) -> None:
        titled = {g.title: g for g in self._action_groups}
        home = {}
        for g in source._action_groups:
            if g.title not in titled:
                titled[g.title] = self.add_argument_group(title=g.title, description=g.description,
                                                          conflict_handler=g.conflict_handler)
            home.update((act, titled[g.title]) for act in g._group_actions)
        for g in source._mutually_exclusive_groups:
            mine = self.add_mutually_exclusive_group(required=g.required)
            home.update((act, mine) for act in g._group_actions)
        for act in source._actions:
            home.get(act, self)._add_action(act)


class _ArgumentGroup(_Container):
    """A titled section of the help; its arguments belong to the parser."""

    def __init__(self, container: object, title: str = None, description: str = None, **kwargs: object) -> None:
        self._setup(description, kwargs.pop('prefix_chars', container.prefix_chars),
                    kwargs.pop('argument_default', container.argument_default),
                    kwargs.pop('conflict_handler', container.conflict_handler))
        self.title, self._group_actions = title, []
        for shared in ('_registries', '_actions', '_option_string_actions', '_defaults',
                       '_has_negative_number_optionals', '_mutually_exclusive_groups'):
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, act: object) -> object:
        self._group_actions.append(_Container._add_action(self, act))
        return act

    def _remove_action(self, act: object) -> None:
        _Container._remove_action(self, act)
        self._group_actions.remove(act)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (or, if required, exactly one) may be given."""

    def __init__(self, container: object, required: bool = False) -> None:
        _ArgumentGroup.__init__(self, container)
        self.required, self._container = required, container

    def _add_action(self, act: object) -> object:
        if act.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._group_actions.append(self._container._add_action(act))
        return act

    def _remove_action(self, act: object) -> None:
        self._container._remove_action(act)
        self._group_actions.remove(act)


class ArgumentParser(_Reprs, _Container):
    """Declares a program's arguments and turns its command line into a Namespace."""

    def __init__(self, prog: str = None, usage: str = None, description: str = None, epilog: str = None,
                 parents: list = (), formatter_class: type = HelpFormatter, prefix_chars: str = '-',
                 fromfile_prefix_chars: str = None, argument_default: object = None, conflict_handler: str = 'error',
                 add_help: bool = True, allow_abbrev: bool = True, exit_on_error: bool = True) -> None:
        if fromfile_prefix_chars is not None:
            raise NotImplementedError('argparse fromfile_prefix_chars is not available in asyncviz: a scenario '
                                      'cannot read files')
        self._setup(description, prefix_chars, argument_default, conflict_handler)
        self.prog = _sys.argv[0].rsplit('/', 1)[-1] if prog is None else prog
        self.usage, self.epilog, self.formatter_class = usage, epilog, formatter_class
        self.fromfile_prefix_chars, self.add_help = fromfile_prefix_chars, add_help
        self.allow_abbrev, self.exit_on_error = allow_abbrev, exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._registries['action']['parsers'], self._subparsers = _SubParsersAction, None
        if add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for source in parents:
            self._add_container_actions(source)
            self._defaults.update(source._defaults)

    def _get_kwargs(self) -> list:
        shown = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help')
        return [(field, getattr(self, field)) for field in shown]

    def _add_action(self, act: object) -> object:
        return (self._optionals if act.option_strings else self._positionals)._add_action(act)

    def add_subparsers(self, **options: object) -> object:
        if self._subparsers:
            self.error('cannot have multiple subparser arguments')
        options.setdefault('parser_class', type(self))
        if 'title' in options or 'description' in options:
            title, about = options.pop('title', 'subcommands'), options.pop('description', None)
            self._subparsers = self.add_argument_group(title, about)
        else:
            self._subparsers = self._positionals
        if options.get('prog') is None:
            layout = self._get_formatter()
            layout.add_usage(self.usage, self._positionals._group_actions, self._mutually_exclusive_groups, '')
            options['prog'] = layout.format_help().strip()
        made = _SubParsersAction(option_strings=[], **options)
        self._subparsers._add_action(made)
        return made

    def _get_formatter(self) -> object:
        return self.formatter_class(prog=self.prog)

    def format_usage(self) -> str:
        layout = self._get_formatter()
        layout.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return layout.format_help()

    def format_help(self) -> str:
        layout = self._get_formatter()
        layout.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        layout.add_text(self.description)
        for section in self._action_groups:
            layout.start_section(section.title)
            layout.add_text(section.description)
            layout.add_arguments(section._group_actions)
            layout.end_section()
        layout.add_text(self.epilog)
        return layout.format_help()

    def print_usage(self, file: object = None) -> None:
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file: object = None) -> None:
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message: str, file: object = None) -> None:
        if message:
            (_sys.stderr if file is None else file).write(message)

    def exit(self, status: int = 0, message: str = None) -> None:
        if message:
            self._print_message(message, _sys.stderr)
        raise SystemExit(status)

    def error(self, message: str) -> None:
        self.print_usage(_sys.stderr)
        self.exit(2, f'{self.prog}: error: {message}\n')

    def parse_args(self, args: list = None, namespace: object = None) -> object:
        ns, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: ' + ' '.join(extras))
        return ns

    def parse_known_args(self, args: list = None, namespace: object = None) -> tuple:
        words = _sys.argv[1:] if args is None else list(args)
        ns = Namespace() if namespace is None else namespace
        for act in self._actions:
            if SUPPRESS not in (act.dest, act.default) and not hasattr(ns, act.dest):
                setattr(ns, act.dest, act.default)
        for dest, value in self._defaults.items():
            if not hasattr(ns, dest):
                setattr(ns, dest, value)
        try:
            ns, extras = _Parse(self, ns).run(words)
        except ArgumentError as problem:
            if not self.exit_on_error:
                raise
            self.error(str(problem))
        if hasattr(ns, _UNRECOGNIZED):
            extras += getattr(ns, _UNRECOGNIZED)
            delattr(ns, _UNRECOGNIZED)
        return ns, extras

    def _parse_optional(self, word: str) -> tuple:
        """(action or None, option string, explicit value or None) for an option word; None for a value."""
        table = self._option_string_actions
        if not word or word[0] not in self.prefix_chars:
            return None
        if word in table:
            return table[word], word, None
        if len(word) == 1:
            return None
        flag, equals, attached = word.partition('=')
        if equals and flag in table:
            return table[flag], flag, attached
        matches = self._option_prefix_matches(word)
        if len(matches) > 1:
            self.error(f"ambiguous option: {word} could match {', '.join(m[1] for m in matches)}")
        if matches:
            return matches[0]
        if _is_negative_number(word) and not self._has_negative_number_optionals or ' ' in word:
            return None
        return None, word, None

    def _option_prefix_matches(self, word: str) -> list:
        """The options `word` abbreviates: long ones by prefix (if allowed), short ones with a value attached."""
        table, chars = self._option_string_actions, self.prefix_chars
        if word[1] in chars:
            if not self.allow_abbrev:
                return []
            start, equals, attached = word.partition('=')
            return [(table[f], f, attached if equals else None) for f in table if f.startswith(start)]
        found = []
        for flag in table:
            if flag == word[:2]:
                found.append((table[flag], flag, word[2:]))
            elif flag.startswith(word):
                found.append((table[flag], flag, None))
        return found

    def _get_values(self, act: object, words: list) -> object:
        many = act.nargs
        if many not in (PARSER, REMAINDER) and '--' in words:
            words = list(words)
            words.remove('--')
        if not words and many == OPTIONAL:
            got = act.const if act.option_strings else act.default
            if isinstance(got, str):
                got = self._get_value(act, got)
                self._check_value(act, got)
            return got
        if not words and many == ZERO_OR_MORE and not act.option_strings:
            got = words if act.default is None else act.default
            self._check_value(act, got)
            return got
        if len(words) == 1 and many in (None, OPTIONAL):
            got = self._get_value(act, words[0])
            self._check_value(act, got)
            return got
        if many == SUPPRESS:
            return SUPPRESS
        got = [self._get_value(act, w) for w in words]
        checked = got[:1] if many == PARSER else [] if many == REMAINDER else got
        for one in checked:
            self._check_value(act, one)
        return got

    def _get_value(self, act: object, word: str) -> object:
        convert = self._registry_get('type', act.type, act.type)
        if not callable(convert):
            raise ArgumentError(act, f'{convert!r} is not callable')
        try:
            return convert(word)
        except ArgumentTypeError as problem:
            raise ArgumentError(act, str(problem))
        except (TypeError, ValueError):
            kind = getattr(act.type, '__name__', repr(act.type))
            raise ArgumentError(act, f'invalid {kind} value: {word!r}')

    def _check_value(self, act: object, got: object) -> None:
        if act.choices is not None and got not in act.choices:
            allowed = ', '.join(map(repr, act.choices))
            raise ArgumentError(act, f'invalid choice: {got!r} (choose from {allowed})')
"""#
}
