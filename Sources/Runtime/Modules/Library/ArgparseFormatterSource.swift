/// The Python source of argparse's help formatting: `HelpFormatter` and its variants lay out usage (wrapped as
/// CPython 3.11 wraps it), description, argument sections with the help column and epilog for a terminal of
/// 80 columns, as CPython does when its output is not a terminal.
enum ArgparseFormatterSource {
    static let text = #"""
SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, PARSER, REMAINDER = '==SUPPRESS==', '?', '*', '+', 'A...', '...'


def _collapse(text: str) -> str:
    return ' '.join(text.split())


def _usage_parts(text: str) -> list:
    """Splits a usage line into the pieces wrapping keeps whole: a bracketed or parenthesised run that ends
    before a space (or the end), or else a word."""
    pieces, i, n = [], 0, len(text)
    while i < n:
        if text[i] == ' ':
            i += 1
            continue
        close, end = {'[': ']', '(': ')'}.get(text[i]), None
        j = i + 1
        while close is not None and end is None and j < n:
            if text[j] == close:
                k = j
                while k < n and text[k] == close:
                    k += 1
                end = k if k == n or text[k] == ' ' else None
            j += 1
        if end is None:
            end = text.find(' ', i)
            end = n if end < 0 else end
        pieces.append(text[i:end])
        i = end
    return pieces


def _tidy_usage(text: str) -> str:
    """Removes the spaces just inside brackets and parentheses, and brackets left empty."""
    out = []
    for c in text:
        if c in '])' and out[-1:] == [' ']:
            out.pop()
        if out[-1:] == [' '] and len(out) > 1 and out[-2] in '[(':
            out.pop()
        out.append(c)
    text = ''.join(out)
    for empty in ('[]', '()', '[)', '(]'):
        text = text.replace(empty, '')
    return text.strip()


def _wrap_words(words: list, width: int, indent: str, taken: int = None) -> list:
    """Lines of at most `width` columns from `words`, each line after `indent`; the first line starts at
    column `taken` instead when it is given (and then carries no indent)."""
    rows, row, used = [], [], (len(indent) if taken is None else taken) - 1
    for piece in words:
        if row and used + 1 + len(piece) > width:
            rows.append(row)
            row, used = [], len(indent) - 1
        row.append(piece)
        used += len(piece) + 1
    if row:
        rows.append(row)
    first = '' if taken is not None else indent
    return [(first if i == 0 else indent) + ' '.join(r) for i, r in enumerate(rows)]


class _Block:
    """A section of the help being built: a heading and its items (text, argument rows, sub-sections)."""

    def __init__(self, heading: str, parent: object) -> None:
        self.heading, self.parent, self.items = heading, parent, []


class HelpFormatter:
    """Lays out usage and help as CPython 3.11's argparse does."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int = None) -> None:
        width = 78 if width is None else width
        self._prog, self._width, self._indent_increment = prog, width, indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._current_indent = self._action_max_length = 0
        self._root = self._block = _Block(None, None)

    def _indent(self) -> None:
        self._current_indent = self._current_indent + self._indent_increment

    def _dedent(self) -> None:
        self._current_indent = self._current_indent - self._indent_increment

    def start_section(self, heading: str) -> None:
        self._indent()
        inner = _Block(heading, self._block)
        self._block.items.append(('block', inner))
        self._block = inner

    def end_section(self) -> None:
        self._block = self._block.parent
        self._dedent()

    def add_text(self, text: str) -> None:
        if text not in (None, SUPPRESS):
            self._block.items.append(('text', text))

    def add_usage(self, usage: str, actions: list, groups: list, prefix: str = None) -> None:
        if usage != SUPPRESS:
            self._block.items.append(('usage', (usage, actions, groups, prefix)))

    def add_argument(self, act: object) -> None:
        if act.help == SUPPRESS:
            return
        shown = [act] + self._subactions(act)
        widest = max(len(self._format_action_invocation(a)) for a in shown)
        self._action_max_length = max(self._action_max_length, widest + self._current_indent)
        self._block.items.append(('action', act))

    def add_arguments(self, actions: list) -> None:
        for act in actions:
            self.add_argument(act)

    def format_help(self) -> str:
        text = self._render(self._root)
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        text = text.strip('\n')
        return text + '\n' if text else text

    def _render(self, block: _Block) -> str:
        nested = block.parent is not None
        if nested:
            self._indent()
        body = ''.join(self._render_item(kind, item) for kind, item in block.items)
        if nested:
            self._dedent()
        if not body:
            return ''
        heading = ''
        if block.heading not in (None, SUPPRESS):
            heading = ' ' * self._current_indent + block.heading + ':\n'
        return '\n' + heading + body + '\n'

    def _render_item(self, kind: str, item: object) -> str:
        if kind == 'block':
            return self._render(item)
        if kind == 'text':
            return self._format_text(item)
        return self._format_usage(*item) if kind == 'usage' else self._format_action(item)

    def _format_text(self, text: str) -> str:
        text = text % {'prog': self._prog} if '%(prog)' in text else text
        pad = ' ' * self._current_indent
        return self._fill_text(text, max(self._width - self._current_indent, 11), pad) + '\n\n'

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return _textwrap.fill(_collapse(text), width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text: str, width: int) -> list:
        return _textwrap.wrap(_collapse(text), width)

    def _format_usage(self, usage: str, actions: list, groups: list, prefix: str) -> str:
        prefix = 'usage: ' if prefix is None else prefix
        if isinstance(usage, str):
            shown = usage % {'prog': self._prog}
        elif actions:
            shown = self._wrapped_usage(actions, groups, prefix)
        else:
            shown = self._prog
        return prefix + shown + '\n\n'

    def _wrapped_usage(self, actions: list, groups: list, prefix: str) -> str:
        prog = self._prog
        flagged = [a for a in actions if a.option_strings]
        bare = [a for a in actions if not a.option_strings]
        one_line = ' '.join(s for s in (prog, self._format_actions_usage(flagged + bare, groups)) if s)
        width = self._width - self._current_indent
        if len(prefix) + len(one_line) <= width:
            return one_line
        flag_parts = _usage_parts(self._format_actions_usage(flagged, groups))
        bare_parts = _usage_parts(self._format_actions_usage(bare, groups))
        if len(prefix) + len(prog) <= 0.75 * width:
            pad = ' ' * (len(prefix) + len(prog) + 1)
            if flag_parts:
                rows = _wrap_words([prog] + flag_parts, width, pad, len(prefix))
                rows += _wrap_words(bare_parts, width, pad)
            else:
                rows = _wrap_words([prog] + bare_parts, width, pad, len(prefix)) if bare_parts else [prog]
        else:
            pad = ' ' * len(prefix)
            rows = _wrap_words(flag_parts + bare_parts, width, pad)
            if len(rows) > 1:
                rows = _wrap_words(flag_parts, width, pad) + _wrap_words(bare_parts, width, pad)
            rows.insert(0, prog)
        return '\n'.join(rows)

    def _group_marks(self, actions: list, groups: list) -> tuple:
        """The brackets, parentheses and bars that show each mutually exclusive group whose arguments stand
        together in `actions`, by position; and the grouped arguments."""
        marks, grouped = {}, set()
        for mutex in groups:
            members = mutex._group_actions
            if not members:
                raise ValueError(f'empty group {mutex}')
            if members[0] not in actions:
                continue
            first = actions.index(members[0])
            last = first + len(members)
            if actions[first:last] != members:
                continue
            grouped.update(members)
            visible = len([a for a in members if a.help != SUPPRESS])
            if not mutex.required or visible > 1:
                opening, closing = '()' if mutex.required else '[]'
                marks[first] = marks[first] + ' ' + opening if first in marks else opening
                marks[last] = marks.get(last, '') + closing
            marks.update((k, '|') for k in range(first + 1, last))
        return marks, grouped

    def _format_actions_usage(self, actions: list, groups: list) -> str:
        marks, grouped = self._group_marks(actions, groups)
        pieces = []
        for k, act in enumerate(actions):
            if act.help == SUPPRESS:
                pieces.append(None)
                for spot in (k, k + 1):
                    if marks.get(spot) == '|':
                        del marks[spot]
                        break
                continue
            if act.option_strings:
                if act.nargs == 0:
                    piece = act.format_usage()
                else:
                    piece = act.option_strings[0] + ' '
                    piece += self._format_args(act, self._get_default_metavar_for_optional(act))
                if not act.required and act not in grouped:
                    piece = '[' + piece + ']'
            else:
                piece = self._format_args(act, self._get_default_metavar_for_positional(act))
                if act in grouped and piece.startswith('[') and piece.endswith(']'):
                    piece = piece[1:-1]
            pieces.append(piece)
        for k in sorted(marks, reverse=True):
            pieces.insert(k, marks[k])
        return _tidy_usage(' '.join(p for p in pieces if p is not None))

    def _format_action(self, act: object) -> str:
        column = min(self._action_max_length + 2, self._max_help_position)
        room = column - self._current_indent - 2
        header = self._format_action_invocation(act)
        margin = ' ' * self._current_indent
        first_indent = column
        if act.help and len(header) <= room:
            header = margin + header.ljust(room) + '  '
            first_indent = 0
        else:
            header = margin + header + '\n'
        out = [header]
        if act.help and act.help.strip():
            text = self._expand_help(act)
            if text:
                lines = self._split_lines(text, max(self._width - column, 11))
                out.append(' ' * first_indent + lines[0] + '\n')
                out += [' ' * column + line + '\n' for line in lines[1:]]
        elif not header.endswith('\n'):
            out.append('\n')
        self._indent()
        out += [self._format_action(sub) for sub in self._subactions(act)]
        self._dedent()
        return ''.join(out)

    def _subactions(self, act: object) -> list:
        return list(act._get_subactions()) if hasattr(act, '_get_subactions') else []

    def _format_action_invocation(self, act: object) -> str:
        if not act.option_strings:
            return self._metavar_formatter(act, self._get_default_metavar_for_positional(act))(1)[0]
        if act.nargs == 0:
            return ', '.join(act.option_strings)
        shown = self._format_args(act, self._get_default_metavar_for_optional(act))
        return ', '.join(f'{flag} {shown}' for flag in act.option_strings)

    def _metavar_formatter(self, act: object, default_metavar: str) -> object:
        shown = act.metavar
        if shown is None:
            shown = default_metavar if act.choices is None else '{' + ','.join(map(str, act.choices)) + '}'

        def names(count: int) -> tuple:
            return shown if isinstance(shown, tuple) else (shown,) * count
        return names

    def _format_args(self, act: object, default_metavar: str) -> str:
        names = self._metavar_formatter(act, default_metavar)
        many = act.nargs
        if many == ZERO_OR_MORE:
            pair = names(1)
            return ('[%s [%s ...]]' if len(pair) == 2 else '[%s ...]') % pair
        shapes = {None: ('%s', 1), OPTIONAL: ('[%s]', 1), ONE_OR_MORE: ('%s [%s ...]', 2), PARSER: ('%s ...', 1)}
        if many in shapes:
            shape, count = shapes[many]
            return shape % names(count)
        if many in (REMAINDER, SUPPRESS):
            return '...' if many == REMAINDER else ''
        if not isinstance(many, int):
            raise ValueError('invalid nargs value') from None
        return ' '.join(['%s'] * many) % names(many)

    def _expand_help(self, act: object) -> str:
        fields = {k: getattr(v, '__name__', v) for k, v in vars(act).items() if v is not SUPPRESS}
        fields['prog'] = self._prog
        if fields.get('choices') is not None:
            fields['choices'] = ', '.join(map(str, fields['choices']))
        return self._get_help_string(act) % fields

    def _get_help_string(self, act: object) -> str:
        return act.help

    def _get_default_metavar_for_optional(self, act: object) -> str:
        return act.dest.upper()

    def _get_default_metavar_for_positional(self, act: object) -> str:
        return act.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description's and epilog's line breaks."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return ''.join(indent + piece for piece in text.splitlines(True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of every text, help included."""

    def _split_lines(self, text: str, width: int) -> list:
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds each argument's default to its help."""

    def _get_help_string(self, act: object) -> str:
        text = act.help or ''
        shows_default = act.option_strings or act.nargs in (OPTIONAL, ZERO_OR_MORE)
        if '%(default)' not in text and act.default != SUPPRESS and shows_default:
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument's value by its type."""

    def _get_default_metavar_for_optional(self, act: object) -> str:
        return act.type.__name__

    _get_default_metavar_for_positional = _get_default_metavar_for_optional
"""#
}
