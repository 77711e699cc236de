"""A tokenizer built from one master pattern of named alternatives, and a small calculator over it."""
import re
from typing import NamedTuple


class Token(NamedTuple):
    type: str
    value: str
    line: int
    column: int


KEYWORDS = {'IF', 'THEN', 'ENDIF', 'FOR', 'NEXT', 'GOSUB', 'RETURN'}
SPEC = [
    ('NUMBER', r'\d+(?:\.\d*)?'),
    ('ASSIGN', r':='),
    ('END', r';'),
    ('ID', r'[A-Za-z_]\w*'),
    ('OP', r'[+\-*/]'),
    ('LPAREN', r'\('),
    ('RPAREN', r'\)'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('MISMATCH', r'.'),
]
MASTER = re.compile('|'.join('(?P<%s>%s)' % pair for pair in SPEC))


def tokenize(code):
    line_num = 1
    line_start = 0
    for mo in MASTER.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'ID' and value in KEYWORDS:
            kind = value
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            raise RuntimeError(f'{value!r} unexpected on line {line_num}')
        yield Token(kind, value, line_num, column)


statements = '''
    IF quantity THEN
        total := total + price * quantity;
        tax := price * 0.05;
    ENDIF;
'''
for token in tokenize(statements):
    print(token)

try:
    list(tokenize('x := 3 $ 4'))
except RuntimeError as e:
    print('error:', e)

print(MASTER.groups, MASTER.groupindex['ID'], len(MASTER.pattern))


def evaluate(expr):
    """Shunting-yard over the tokens of `expr`."""
    prec = {'+': 1, '-': 1, '*': 2, '/': 2}
    out, ops = [], []

    def apply():
        op = ops.pop()
        b, a = out.pop(), out.pop()
        out.append({'+': a + b, '-': a - b, '*': a * b, '/': a / b}[op])

    for tok in tokenize(expr):
        if tok.type == 'NUMBER':
            out.append(tok.value)
        elif tok.type == 'OP':
            while ops and ops[-1] != '(' and prec[ops[-1]] >= prec[tok.value]:
                apply()
            ops.append(tok.value)
        elif tok.type == 'LPAREN':
            ops.append('(')
        elif tok.type == 'RPAREN':
            while ops[-1] != '(':
                apply()
            ops.pop()
    while ops:
        apply()
    return out[0]


for expr in ['1 + 2 * 3', '(1 + 2) * 3', '10 / 4 - 0.5', '2 * (3 + 4) * 5']:
    print(expr, '=', evaluate(expr))

# Splitting keeps the separators when they are in a group.
print(re.split(r'\s*([+\-*/()])\s*', '12 + x*(3 - y)'))
print(re.split(r'[+\-*/()]', '12+x*(3-y)'))
print(re.split(r'(\s)', 'a b  c', maxsplit=2))
print(re.split(r'\b', 'Words, words, words.'))
print(re.split(r'\W*', '...words...'))
print(re.split(r'(?:,|;)\s*', 'alpha, beta;gamma ,delta'))

# Identifiers, numbers and strings with escapes.
source = r'''name = "a \"quoted\" word"; n2 = 42; pi_ = 3.14159; s = 'it\'s' '''
strings = re.findall(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'', source)
print(strings)
print(re.findall(r'\b[A-Za-z_]\w*(?=\s*=)', source))
print([float(n) for n in re.findall(r'(?<![\w.])\d+(?:\.\d+)?(?![\w.])', source)])
