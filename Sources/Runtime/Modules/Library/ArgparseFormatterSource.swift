/// The Python source of argparse's help formatting: `HelpFormatter` and its variants lay out usage (wrapped as
/// CPython 3.11 wraps it), description, argument sections with the help column and epilog for a terminal of
/// 80 columns, as CPython does when its output is not a terminal.
enum ArgparseFormatterSource {
    static let text = #"""
SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


def _collapse(text):
    return ' '.join(text.split())


def _usage_parts(text):
    """Splits a usage line into the pieces wrapping keeps whole: a bracketed or parenthesised run that ends
    before a space (or the end), or else a word."""
    parts, i = [], 0
    while i < len(text):
        if text[i] == ' ':
            i += 1
            continue
        close = {'[': ']', '(': ')'}.get(text[i])
        end = None
        if close is not None:
            j = i + 1
            while j < len(text) and end is None:
                if text[j] == close:
                    k = j
                    while k < len(text) and text[k] == close:
                        k += 1
                    if k == len(text) or text[k] == ' ':
                        end = k
                j += 1
        if end is None:
            end = text.find(' ', i)
            end = len(text) if end < 0 else end
        parts.append(text[i:end])
        i = end
    return parts


def _tidy_usage(text):
    """Removes the spaces just inside brackets and parentheses, and brackets left empty."""
    out = []
    for c in text:
        if c in '])' and out and out[-1] == ' ':
            out.pop()
        if out and out[-1] == ' ' and len(out) > 1 and out[-2] in '[(':
            out.pop()
        out.append(c)
    text = ''.join(out)
    for empty in ('[]', '()', '[)', '(]'):
        text = text.replace(empty, '')
    return text.strip()


class _Block:
    """A section of the help being built: a heading and its items (text, argument rows, sub-sections)."""

    def __init__(self, heading, parent):
        self.heading, self.parent, self.items = heading, parent, []


class HelpFormatter:
    """Lays out usage and help as CPython 3.11's argparse does."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        width = 78 if width is None else width
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        self._root = _Block(None, None)
        self._section = self._root

    def _indent(self):
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._current_indent -= self._indent_increment

    def start_section(self, heading):
        self._indent()
        block = _Block(heading, self._section)
        self._section.items.append(('block', block))
        self._section = block

    def end_section(self):
        self._section = self._section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._section.items.append(('text', text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._section.items.append(('usage', (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        invocations = [self._format_action_invocation(action)]
        invocations += [self._format_action_invocation(sub) for sub in self._subactions(action)]
        longest = max(len(text) for text in invocations) + self._current_indent
        self._action_max_length = max(self._action_max_length, longest)
        self._section.items.append(('action', action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._render(self._root)
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        text = text.strip('\n')
        return text + '\n' if text else text

    def _render(self, block):
        nested = block.parent is not None
        if nested:
            self._indent()
        body = ''.join(self._render_item(kind, value) for kind, value in block.items)
        if nested:
            self._dedent()
        if not body:
            return ''
        heading = ''
        if block.heading is not SUPPRESS and block.heading is not None:
            heading = ' ' * self._current_indent + block.heading + ':\n'
        return '\n' + heading + body + '\n'

    def _render_item(self, kind, value):
        if kind == 'block':
            return self._render(value)
        if kind == 'text':
            return self._format_text(value)
        if kind == 'usage':
            return self._format_usage(*value)
        return self._format_action(value)

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _fill_text(self, text, width, indent):
        return _textwrap.fill(_collapse(text), width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        return _textwrap.wrap(_collapse(text), width)

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = self._prog
        else:
            usage = self._wrapped_usage(actions, groups, prefix)
        return prefix + usage + '\n\n'

    def _wrapped_usage(self, actions, groups, prefix):
        prog = self._prog
        options = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(options + positionals, groups)
        usage = ' '.join(s for s in (prog, whole) if s)
        width = self._width - self._current_indent
        if len(prefix) + len(usage) <= width:
            return usage
        option_parts = _usage_parts(self._format_actions_usage(options, groups))
        positional_parts = _usage_parts(self._format_actions_usage(positionals, groups))

        def fill(parts, indent, first_line_taken=0):
            lines, line, length = [], [], (first_line_taken or len(indent)) - 1
            for part in parts:
                if line and length + 1 + len(part) > width:
                    lines.append(indent + ' '.join(line))
                    line, length = [], len(indent) - 1
                line.append(part)
                length += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_line_taken:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if option_parts:
                lines = fill([prog] + option_parts, indent, len(prefix))
                lines += fill(positional_parts, indent)
            elif positional_parts:
                lines = fill([prog] + positional_parts, indent, len(prefix))
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = fill(option_parts + positional_parts, indent)
            if len(lines) > 1:
                lines = fill(option_parts, indent) + fill(positional_parts, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        marks, grouped = {}, set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            start = actions.index(members[0])
            end = start + len(members)
            if actions[start:end] != members:
                continue
            grouped.update(members)
            shown = sum(1 for a in members if a.help is not SUPPRESS)
            if not group.required or shown > 1:
                opening, closing = ('[', ']') if not group.required else ('(', ')')
                marks[start] = marks[start] + ' ' + opening if start in marks else opening
                marks[end] = marks[end] + closing if end in marks else closing
            for i in range(start + 1, end):
                marks[i] = '|'
        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if marks.get(i) == '|':
                    del marks[i]
                elif marks.get(i + 1) == '|':
                    del marks[i + 1]
                continue
            if not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in grouped and part[:1] == '[' and part[-1:] == ']':
                    part = part[1:-1]
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    metavar = self._format_args(action, self._get_default_metavar_for_optional(action))
                    part = f'{action.option_strings[0]} {metavar}'
                if not action.required and action not in grouped:
                    part = f'[{part}]'
            parts.append(part)
        for i in sorted(marks, reverse=True):
            parts[i:i] = [marks[i]]
        return _tidy_usage(' '.join(p for p in parts if p is not None))

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        margin = ' ' * self._current_indent
        first_indent = help_position
        if not action.help:
            header = margin + header + '\n'
        elif len(header) <= action_width:
            header = margin + header.ljust(action_width) + '  '
            first_indent = 0
        else:
            header = margin + header + '\n'
        parts = [header]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append(' ' * first_indent + lines[0] + '\n')
                parts += [' ' * help_position + line + '\n' for line in lines[1:]]
        elif not header.endswith('\n'):
            parts.append('\n')
        self._indent()
        parts += [self._format_action(sub) for sub in self._subactions(action)]
        self._dedent()
        return ''.join(parts)

    def _subactions(self, action):
        return list(action._get_subactions()) if hasattr(action, '_get_subactions') else []

    def _format_action_invocation(self, action):
        if not action.option_strings:
            return self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        metavar = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(f'{option} {metavar}' for option in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            shown = action.metavar
        elif action.choices is not None:
            shown = '{' + ','.join(str(c) for c in action.choices) + '}'
        else:
            shown = default_metavar

        def format(count):
            return shown if isinstance(shown, tuple) else (shown,) * count
        return format

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            shown = names(1)
            return '[%s [%s ...]]' % shown if len(shown) == 2 else '[%s ...]' % shown
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        if not isinstance(nargs, int):
            raise ValueError('invalid nargs value') from None
        return ' '.join(['%s'] * nargs) % names(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return self._get_help_string(action) % params

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description's and epilog's line breaks."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of every text, help included."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds each argument's default to its help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument's value by its type."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__
"""#
}
