"""Help and usage layout as CPython 3.11 prints it: usage wrapped for a long program name and for many
arguments, raw description and raw text formatters, suppressed arguments, metavar tuples, %(prog)s /
%(default)r / %(choices)s in help, custom usage and epilog, argument_default=SUPPRESS, the default prog taken
from sys.argv[0], and errors while declaring arguments."""
import argparse
import sys

p = argparse.ArgumentParser(prog='a-very-long-program-name-for-testing-the-usage-wrapping-of-argparse-here',
                            formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='''\
Lines kept as written:
    indented line
  second''')
p.add_argument('--alpha-option-number-one', metavar='ALPHA_VALUE', required=True)
p.add_argument('--beta', nargs='*', help='A long help text that goes on and on about what beta does, so that '
                                         'it has to be wrapped over several lines of the help column.')
p.add_argument('input_file')
p.add_argument('outputs', nargs=2, metavar='OUT')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--level', nargs='?', const='high', default='low',
               help='%(prog)s level, default %(default)r, const %(const)s')
p.add_argument('--item', action='append', nargs=2, metavar=('K', 'V'))
p.add_argument('--more', action='extend', nargs='+', type=int)
p.print_help()
print(p.parse_args(['--alpha-option-number-one', 'a', 'in', 'o1', 'o2', '--level', '--item', 'k', 'v',
                    '--more', '1', '2', '--more', '3']))
print(p.parse_args(['--alpha-option-number-one=z', 'in', 'o1', 'o2', '--beta', '--level', 'mid']))

q = argparse.ArgumentParser(prog='short', formatter_class=argparse.RawTextHelpFormatter, add_help=False,
                            usage='%(prog)s [options] files...', epilog='see also: %(prog)s --help')
q.add_argument('files', nargs='+', help='first line\nsecond line\n  indented third')
q.add_argument('--a', type=int, choices=range(1, 4), help='one of %(choices)s')
q.print_help()
print(q.parse_args(['x', '--a', '2']))
try:
    q.parse_args(['x', '--a', '7'])
except SystemExit:
    pass

r = argparse.ArgumentParser(prog='manypos')
for name in ['first_positional_argument', 'second_positional_argument', 'third_positional_argument',
             'fourth_positional_argument']:
    r.add_argument(name)
r.add_argument('-o', '--output', required=True)
r.add_argument('--verbose-logging-enabled', action='store_true')
r.add_argument('--cpu-count', type=int, default=4)
r.add_argument('--memory-limit-in-megabytes', type=int)
r.print_usage()
r.print_help()
s = argparse.ArgumentParser(prog='s', argument_default=argparse.SUPPRESS)
s.add_argument('--x', type=int)
s.add_argument('--y', default=5)
print(s.parse_args([]), s.parse_args(['--x', '1']))
t = argparse.ArgumentParser()
t.add_argument('--workers', type=int, default=1)
t.add_argument('rest', nargs='*')
args = t.parse_args()
print(t.prog, args)
t.print_usage()
print(repr(t))
print(t.add_argument('--flag', action='store_true'))
try:
    t.add_argument('--workers')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    t.add_argument('--bad', action='frobnicate')
except ValueError as e:
    print('ValueError:', e)
