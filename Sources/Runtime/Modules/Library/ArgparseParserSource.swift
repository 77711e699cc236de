/// The Python source of argparse's parser: `ArgumentParser` and its argument groups (titled sections and
/// mutually exclusive groups) declare arguments; parsing classifies each word as an option or a value, gives
/// options their values and positionals theirs greedily as CPython 3.11 does, and reports errors as it does
/// (usage and `prog: error: ...` on stderr, exit status 2).
enum ArgparseParserSource {
    static let text = #"""
def _is_negative_number(text):
    body = text[1:]
    if not text.startswith('-') or not body:
        return False
    whole, dot, fraction = body.partition('.')
    if not dot:
        return whole.isdigit()
    return (whole == '' or whole.isdigit()) and fraction.isdigit()


def _unchanged(word):
    return word


class _Container:
    """What parsers and groups share: declaring arguments, and the tables they are found in."""

    def _setup(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {'action': dict(_ACTIONS), 'type': {None: _unchanged}}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries.get(registry_name, {}).get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            if kwargs['dest'] in self._defaults:
                kwargs['default'] = self._defaults[kwargs['dest']]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        kind = kwargs.pop('action', None)
        action_class = self._registry_get('action', kind, kind)
        if not callable(action_class):
            raise ValueError(f'unknown action "{action_class}"')
        action = action_class(**kwargs)
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError(f'{type_func!r} is not callable')
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
            if _is_negative_number(option) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _optional_kwargs(self, *args, **kwargs):
        options, long_options = [], []
        for option in args:
            if not option or option[0] not in self.prefix_chars:
                raise ValueError(f'invalid option string {option!r}: must start with a character '
                                 f'{self.prefix_chars!r}')
            options.append(option)
            if len(option) > 1 and option[1] in self.prefix_chars:
                long_options.append(option)
        dest = kwargs.pop('dest', None)
        if dest is None:
            named = long_options[0] if long_options else options[0]
            dest = named.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError(f'dest= is required for options like {named!r}')
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=options)

    def _check_conflict(self, action):
        clashes = [(o, self._option_string_actions[o]) for o in action.option_strings
                   if o in self._option_string_actions]
        if not clashes:
            return
        if self.conflict_handler == 'resolve':
            for option, other in clashes:
                other.option_strings.remove(option)
                self._option_string_actions.pop(option, None)
                if not other.option_strings:
                    other.container._remove_action(other)
            return
        noun = 'option string' if len(clashes) == 1 else 'option strings'
        raise ArgumentError(action, f"conflicting {noun}: {', '.join(o for o, _ in clashes)}")

    def _add_container_actions(self, container):
        titled = {group.title: group for group in self._action_groups}
        mapping = {}
        for group in container._action_groups:
            if group.title not in titled:
                titled[group.title] = self.add_argument_group(title=group.title, description=group.description,
                                                              conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                mapping[action] = titled[group.title]
        for group in container._mutually_exclusive_groups:
            mine = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                mapping[action] = mine
        for action in container._actions:
            mapping.get(action, self)._add_action(action)


class _ArgumentGroup(_Container):
    """A titled section of the help; its arguments belong to the parser."""

    def __init__(self, container, title=None, description=None, **kwargs):
        self._setup(description, kwargs.pop('prefix_chars', container.prefix_chars),
                    kwargs.pop('argument_default', container.argument_default),
                    kwargs.pop('conflict_handler', container.conflict_handler))
        self.title = title
        self._group_actions = []
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = _Container._add_action(self, action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        _Container._remove_action(self, action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (or, if required, exactly one) may be given."""

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


class ArgumentParser(_Reprs, _Container):
    """Declares a program's arguments and turns its command line into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if fromfile_prefix_chars is not None:
            raise NotImplementedError('argparse fromfile_prefix_chars is not available in asyncviz: a scenario '
                                      'cannot read files')
        self._setup(description, prefix_chars, argument_default, conflict_handler)
        self.prog = _sys.argv[0].rsplit('/', 1)[-1] if prog is None else prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        self.register('action', 'parsers', _SubParsersAction)
        if add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        return group._add_action(action)

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            self._subparsers = self.add_argument_group(kwargs.pop('title', 'subcommands'),
                                                       kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = self._positionals._group_actions
            formatter.add_usage(self.usage, positionals, self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action = _SubParsersAction(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if message:
            (_sys.stderr if file is None else file).write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        raise SystemExit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, f'{self.prog}: error: {message}\n')

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: ' + ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, extras = _Parse(self, namespace).run(args)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, extras = _Parse(self, namespace).run(args)
        if hasattr(namespace, _UNRECOGNIZED):
            extras.extend(getattr(namespace, _UNRECOGNIZED))
            delattr(namespace, _UNRECOGNIZED)
        return namespace, extras

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _parse_optional(self, word):
        """(action or None, option string, explicit value or None) for an option word; None for a value."""
        chars = self.prefix_chars
        if not word or word[0] not in chars:
            return None
        if word in self._option_string_actions:
            return self._option_string_actions[word], word, None
        if len(word) == 1:
            return None
        if '=' in word:
            option, value = word.split('=', 1)
            if option in self._option_string_actions:
                return self._option_string_actions[option], option, value
        matches = self._option_prefix_matches(word)
        if len(matches) > 1:
            names = ', '.join(option for _, option, _ in matches)
            self.error(f'ambiguous option: {word} could match {names}')
        if len(matches) == 1:
            return matches[0]
        if _is_negative_number(word) and not self._has_negative_number_optionals:
            return None
        if ' ' in word:
            return None
        return None, word, None

    def _option_prefix_matches(self, word):
        chars, found = self.prefix_chars, []
        if word[0] in chars and word[1] in chars:
            if self.allow_abbrev:
                prefix, _, value = word.partition('=')
                value = value if '=' in word else None
                for option, action in self._option_string_actions.items():
                    if option.startswith(prefix):
                        found.append((action, option, value))
        elif word[0] in chars:
            short, attached = word[:2], word[2:]
            for option, action in self._option_string_actions.items():
                if option == short:
                    found.append((action, option, attached))
                elif option.startswith(word):
                    found.append((action, option, None))
        else:
            self.error(f'unexpected option string: {word}')
        return found

    def _get_values(self, action, words):
        if action.nargs not in (PARSER, REMAINDER) and '--' in words:
            words = list(words)
            words.remove('--')
        if not words and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not words and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else words
            self._check_value(action, value)
        elif len(words) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, words[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, w) for w in words]
        elif action.nargs == PARSER:
            value = [self._get_value(action, w) for w in words]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, w) for w in words]
            for item in value:
                self._check_value(action, item)
        return value

    def _get_value(self, action, word):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, f'{convert!r} is not callable')
        try:
            return convert(word)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, f'invalid {name} value: {word!r}')

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(repr(c) for c in action.choices)
            raise ArgumentError(action, f'invalid choice: {value!r} (choose from {choices})')
"""#
}
