/// The Python source of argparse's parsing of one command line: each word is an option ('O'), a value ('A')
/// or the `--` that ends options ('-'); options take their values, and the positionals between options take as
/// many values as their `nargs` allow, greedily, the first positional first, as CPython 3.11's argparse does.
/// Also the subcommands' action (`add_subparsers`), which hands the rest of the line to a sub-parser.
enum ArgparseParsingSource {
    static let text = #"""
_UNRECOGNIZED = '_unrecognized_args'


def _fits(nargs: object, kinds: str, option: bool) -> bool:
    """Whether the run of word kinds is exactly what `nargs` takes (an option's values stop at `--`)."""
    if option and '-' in kinds:
        return False
    if nargs == REMAINDER:
        return True
    if nargs == PARSER:
        rest = kinds.lstrip('-')
        return rest[:1] == 'A'
    if 'O' in kinds:
        return False
    values = kinds.count('A')
    if nargs == OPTIONAL:
        return values <= 1
    if nargs == ZERO_OR_MORE:
        return True
    if nargs == ONE_OR_MORE:
        return values >= 1
    return values == (1 if nargs is None else 0 if nargs == SUPPRESS else nargs)


def _greedy_counts(actions: list, kinds: str, option: bool = False) -> list:
    """How many words each action takes from the start of `kinds`, each as many as it can while the ones after
    it still fit; None when they cannot all fit."""
    if not actions:
        return []
    first, rest = actions[0], actions[1:]
    for length in range(len(kinds), -1, -1):
        if _fits(first.nargs, kinds[:length], option):
            after = _greedy_counts(rest, kinds[length:], option)
            if after is not None:
                return [length] + after
    return None


_MISSING_VALUES = {None: 'expected one argument', OPTIONAL: 'expected at most one argument',
                   ONE_OR_MORE: 'expected at least one argument'}


def _missing_values(nargs: object) -> str:
    return _MISSING_VALUES.get(nargs) or f"expected {nargs} argument{'' if nargs == 1 else 's'}"


class _Parse:
    """One run of a parser over a list of words into a namespace."""

    def __init__(self, parser: object, ns: object) -> None:
        self.parser, self.namespace = parser, ns
        self.conflicts = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for i, act in enumerate(members):
                self.conflicts.setdefault(act, []).extend(members[:i] + members[i + 1:])
        self.seen, self.seen_with_value, self.extras = set(), set(), []
        self.positionals = [a for a in parser._actions if not a.option_strings]

    def run(self, words: list) -> tuple:
        self.words, self.options = words, {}
        kinds, after_dashes = [], False
        for i, word in enumerate(words):
            if after_dashes:
                kinds.append('A')
            elif word == '--':
                kinds.append('-')
                after_dashes = True
            else:
                option = self.parser._parse_optional(word)
                if option:
                    self.options[i] = option
                kinds.append('O' if option else 'A')
        self.kinds = ''.join(kinds)
        start = 0
        last_option = max(self.options) if self.options else -1
        while start <= last_option:
            next_option = min(i for i in self.options if i >= start)
            if start != next_option:
                end = self.take_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in self.options:
                self.extras.extend(words[start:next_option])
                start = next_option
            start = self.take_option(start)
        stop = self.take_positionals(start)
        self.extras.extend(words[stop:])
        self.finish()
        return self.namespace, self.extras

    def take_positionals(self, start: int) -> int:
        kinds = self.kinds[start:]
        counts = []
        for size in range(len(self.positionals), 0, -1):
            counts = _greedy_counts(self.positionals[:size], kinds)
            if counts:
                break
        counts = counts or []
        for act, count in zip(self.positionals, counts):
            self.act(act, self.words[start:start + count])
            start += count
        del self.positionals[:len(counts)]
        return start

    def take_option(self, start: int) -> int:
        act, option, explicit = self.options[start]
        parser, done = self.parser, []
        while True:
            if act is None:
                self.extras.append(self.words[start])
                return start + 1
            if explicit is None:
                count = self.count_values(act, self.kinds[start + 1:])
                stop = start + 1 + count
                done.append((act, self.words[start + 1:stop], option))
                break
            count = self.count_values(act, 'A')
            if count == 0 and option[1] not in parser.prefix_chars and explicit != '':
                done.append((act, [], option))
                option = option[0] + explicit[0]
                following = explicit[1:] or None
                if option not in parser._option_string_actions:
                    raise ArgumentError(act, f'ignored explicit argument {explicit!r}')
                act, explicit = parser._option_string_actions[option], following
            elif count == 1:
                stop = start + 1
                done.append((act, [explicit], option))
                break
            else:
                raise ArgumentError(act, f'ignored explicit argument {explicit!r}')
        for act, values, option in done:
            self.act(act, values, option)
        return stop

    def count_values(self, act: object, kinds: str) -> int:
        counts = _greedy_counts([act], kinds, option=True)
        if counts is None:
            raise ArgumentError(act, _missing_values(act.nargs))
        return counts[0]

    def act(self, act: object, words: list, option: str = None) -> None:
        self.seen.add(act)
        values = self.parser._get_values(act, words)
        if values is not act.default:
            self.seen_with_value.add(act)
            for other in self.conflicts.get(act, []):
                if other in self.seen_with_value:
                    raise ArgumentError(act, f'not allowed with argument {_action_name(other)}')
        if values is not SUPPRESS:
            act(self.parser, self.namespace, values, option)

    def finish(self) -> None:
        parser, namespace, missing = self.parser, self.namespace, []
        for act in parser._actions:
            if act in self.seen:
                continue
            if act.required:
                missing.append(_action_name(act))
            elif isinstance(act.default, str) and getattr(namespace, act.dest, None) is act.default:
                setattr(namespace, act.dest, parser._get_value(act, act.default))
        if missing:
            parser.error('the following arguments are required: ' + ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(a in self.seen_with_value for a in group._group_actions):
                names = [_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                parser.error('one of the arguments ' + ' '.join(names) + ' is required')


class _ChoicesPseudoAction(Action):
    """A subcommand's line in the help of the parser it belongs to."""

    def __init__(self, name: str, aliases: tuple, help: str) -> None:
        shown = f"{name} ({', '.join(aliases)})" if aliases else name
        Action.__init__(self, [], name, help=help, metavar=shown)


class _SubParsersAction(Action):
    """Subcommands: the first value names a sub-parser, which parses the rest of the line."""

    def __init__(self, option_strings: list, prog: str, parser_class: type, dest: str = SUPPRESS,
                 required: bool = False, help: str = None, metavar: object = None) -> None:
        self._prog_prefix, self._parser_class = prog, parser_class
        self._name_parser_map, self._choices_actions = {}, []
        Action.__init__(self, option_strings, dest, PARSER, None, None, None, self._name_parser_map, required,
                        help, metavar)

    def add_parser(self, name: str, **options: object) -> object:
        if options.get('prog') is None:
            options['prog'] = f'{self._prog_prefix} {name}'
        names = (name, *options.pop('aliases', ()))
        for taken in names:
            if taken in self._name_parser_map:
                what = 'subparser' if taken == name else 'subparser alias'
                raise ArgumentError(self, f'conflicting {what}: {taken}')
        if 'help' in options:
            self._choices_actions.append(_ChoicesPseudoAction(name, names[1:], options.pop('help')))
        made = self._parser_class(**options)
        self._name_parser_map.update((n, made) for n in names)
        return made

    def _get_subactions(self) -> list:
        return self._choices_actions

    def __call__(self, parser: object, ns: object, got: list, flag: str = None) -> None:
        name, rest = got[0], got[1:]
        if self.dest != SUPPRESS:
            setattr(ns, self.dest, name)
        chosen = self._name_parser_map.get(name)
        if chosen is None:
            known = ', '.join(self._name_parser_map)
            raise ArgumentError(self, f'unknown parser {name!r} (choices: {known})')
        inner, extras = chosen.parse_known_args(rest, None)
        for field, v in vars(inner).items():
            setattr(ns, field, v)
        if extras:
            setattr(ns, _UNRECOGNIZED, getattr(ns, _UNRECOGNIZED, []) + extras)
"""#
}
