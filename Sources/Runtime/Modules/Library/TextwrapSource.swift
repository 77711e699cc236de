/// The Python source of `textwrap`: `TextWrapper` (every option of 3.11: indents, tabs, sentence endings,
/// hyphen breaks, long words, max_lines with a placeholder) and `wrap`, `fill`, `shorten`, `dedent`, `indent`.
enum TextwrapSource {
    static let text = #"""
_SPACES = '\t\n\x0b\x0c\r '


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word(c) and not c.isdigit()


def _is_punctuated(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dashes(text, i):
    """The end of a run of two or more hyphens starting at `i`, or `i` when there is none."""
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    return j if j - i >= 2 else i


def _expand_tabs(text, size):
    out, column = [], 0
    for c in text:
        if c == '\t':
            pad = size - column % size if size > 0 else 0
            out.append(' ' * pad)
            column += pad
        else:
            out.append(c)
            column = 0 if c in '\n\r' else column + 1
    return ''.join(out)


class TextWrapper:
    """Greedy filling of lines from the text's words, spaces and hyphenated parts."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width, self.tabsize, self.max_lines, self.placeholder = width, tabsize, max_lines, placeholder
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        self.expand_tabs, self.replace_whitespace = expand_tabs, replace_whitespace
        self.fix_sentence_endings, self.drop_whitespace = fix_sentence_endings, drop_whitespace
        self.break_long_words, self.break_on_hyphens = break_long_words, break_on_hyphens

    def _hyphen_break(self, text, end):
        """Whether a word may break just after the hyphen at `end - 1` (a letter pair or letter-hyphen before it,
        a letter, an optional hyphen and a letter after it)."""
        before = text[max(0, end - 4):end]
        if not (len(before) >= 3 and _is_letter(before[-3]) and _is_letter(before[-2])
                or len(before) == 4 and _is_letter(before[0]) and before[1] == '-' and _is_letter(before[2])):
            return False
        after = text[end:end + 3]
        if len(after) >= 2 and _is_letter(after[0]) and _is_letter(after[1]):
            return True
        return len(after) == 3 and _is_letter(after[0]) and after[1] == '-' and _is_letter(after[2])

    def _word_end(self, text, i):
        n, end = len(text), i + 1
        while True:
            if end >= n or text[end] in _SPACES:
                return end
            if end >= i + 2 and text[end - 1] == '-' and self._hyphen_break(text, end):
                return end
            if _is_punctuated(text[end - 1]) and _dashes(text, end) > end and _dashes(text, end) < n \
                    and _is_word(text[_dashes(text, end)]):
                return end
            end += 1

    def _chunks(self, text) -> list:
        chunks, i, n = [], 0, len(text)
        while i < n:
            end = i
            while end < n and text[end] in _SPACES:
                end += 1
            if end == i and self.break_on_hyphens:
                dashes = _dashes(text, i)
                if dashes > i and i > 0 and _is_punctuated(text[i - 1]) and dashes < n and _is_word(text[dashes]):
                    end = dashes
                else:
                    end = self._word_end(text, i)
            elif end == i:
                while end < n and text[end] not in _SPACES:
                    end += 1
            chunks.append(text[i:end])
            i = end
        return chunks

    def _plain_spaces(self, text) -> str:
        text = _expand_tabs(text, self.tabsize) if self.expand_tabs else text
        return ''.join(' ' if c in '\t\n\x0b\x0c\r' else c for c in text) if self.replace_whitespace else text

    def _fix_endings(self, chunks):
        for i in range(len(chunks) - 1):
            chunk = chunks[i].rstrip('"\'')
            if chunks[i + 1] == ' ' and len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z' \
                    and len(chunks[i]) - len(chunk) <= 1:
                chunks[i + 1] = '  '

    def _long_word(self, pending, line, used, width):
        """Breaks the word on top of `pending` to fill the line (at a hyphen when it can), or puts it whole on an
        empty line when long words stay whole."""
        if not self.break_long_words:
            if not line:
                line.append(pending.pop())
            return
        room = width - used if width >= 1 else 1
        chunk = pending[-1]
        cut = room
        if self.break_on_hyphens and len(chunk) > room:
            hyphen = chunk.rfind('-', 0, room)
            if hyphen > 0 and chunk[:hyphen].strip('-'):
                cut = hyphen + 1
        line.append(chunk[:cut])
        pending[-1] = chunk[cut:]

    def wrap(self, text) -> list:
        if not self.width > 0:
            raise ValueError(f'invalid width {self.width!r} (must be > 0)')
        chunks = self._chunks(self._plain_spaces(text))
        self.fix_sentence_endings and self._fix_endings(chunks)
        if self.max_lines:
            start = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(start) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        pending = chunks[::-1]
        lines = []
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            usable = self.width - len(indent)
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()
            line, used = [], 0
            while pending and used + len(pending[-1]) <= usable:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > usable:
                self._long_word(pending, line, used, usable)
                used = sum(map(len, line))
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            last_allowed = self.max_lines is None or len(lines) + 1 < self.max_lines
            rest_blank = not pending or self.drop_whitespace and len(pending) == 1 and not pending[0].strip()
            if last_allowed or rest_blank and used <= usable:
                lines.append(indent + ''.join(line))
                continue
            self._end_with_placeholder(lines, line, used, usable, indent)
            break
        return lines

    def _end_with_placeholder(self, lines, line, used, width, indent):
        while line:
            if line[-1].strip() and used + len(self.placeholder) <= width:
                lines.append(indent + ''.join(line) + self.placeholder)
                return
            used -= len(line.pop())
        if lines and len(lines[-1].rstrip()) + len(self.placeholder) <= self.width:
            lines[-1] = lines[-1].rstrip() + self.placeholder
        else:
            lines.append(f'{indent}{self.placeholder.lstrip()}')

    def fill(self, text) -> str:
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs) -> list:
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs) -> str:
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs) -> str:
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.strip().split()))


def _indent_of(line):
    stripped = line.lstrip(' \t')
    return line[:len(line) - len(stripped)]


def dedent(text) -> str:
    lines = ['' if not line.strip(' \t') else line for line in text.split('\n')]
    margin = None
    for line in filter(None, lines):
        own = _indent_of(line)
        if margin is None or own.startswith(margin):
            margin = own if margin is None else margin
        elif margin.startswith(own):
            margin = own
        else:
            common = 0
            while common < min(len(own), len(margin)) and own[common] == margin[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return str.join('\n', lines)


def indent(text, prefix, predicate=None) -> str:
    chosen = predicate or (lambda line: line.strip())
    return ''.join(prefix + line if chosen(line) else line for line in text.splitlines(True))
"""#
}
